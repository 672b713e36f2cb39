{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A campaign's "Suomen kekseliäin kunta" standing (/kampanjat/{slug}/kekseliain): every organisation with entries, ranked; ties share a rank. Values: src/tori/web/campaigns/campaign_results_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/kampanjat">[[campaigns.list.title]]</a> › <a href="{{CAMPAIGN_URL}}" lang="fi">{{NAME}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead">[[campaigns.standing.definition]]</p>
<p>{{WINDOW}}</p>
{{#EMPTY}}<p>{{TEXT}}</p>
{{/EMPTY}}{{#STANDING}}<table class="stats-standing">
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">[[stats.ranking.rank]]</th><th scope="col">[[stats.ranking.organisation]]</th><th scope="col" class="stats-number">[[campaigns.standing.count]]</th></tr></thead>
<tbody>
{{#ROW}}<tr><td>{{RANK}}</td><th scope="row"><a href="{{URL}}">{{NAME}}</a></th><td class="stats-number">{{COUNT}}</td></tr>
{{/ROW}}</tbody>
</table>
{{/STANDING}}<p><a href="{{API_URL}}" type="application/json">[[campaigns.standing.api_link]]</a></p>
