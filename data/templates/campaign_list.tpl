{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Every campaign (/kampanjat), the newest first, with its phase and dates. Values: src/tori/web/campaigns/campaign_pages.cpp. }}
<h1>[[campaigns.list.title]]</h1>
<p class="lead">[[campaigns.list.lead]]</p>
<p><a href="[[@prefix]]/palkitut">[[campaigns.list.awards_link]]</a></p>
{{#NONE}}<p>[[campaigns.list.none]]</p>
{{/NONE}}{{#HAS_CAMPAIGNS}}<ol class="campaign-list">
{{#CAMPAIGN}}<li class="card">
<h2><a href="{{URL}}" lang="fi">{{NAME}}</a></h2>
<p><strong>{{PHASE}}.</strong> {{COUNTDOWN}}</p>
</li>
{{/CAMPAIGN}}</ol>
{{/HAS_CAMPAIGNS}}
