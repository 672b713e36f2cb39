{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A juror's campaigns (/raati). Values: src/tori/web/jury/jury_juror_pages.cpp. }}
<h1>[[jury.home.title]]</h1>
{{#NONE}}<p>[[jury.home.none]]</p>
{{/NONE}}{{#HAS_CAMPAIGNS}}<ul class="campaign-list">
{{#CAMPAIGN}}<li class="card"><h2><a href="{{URL}}" lang="fi">{{NAME}}</a></h2>
<p>{{PHASE}}{{#CHAIR}} · [[jury.home.chair]] · <a href="{{URL}}/tulokset">[[jury.home.results_link]]</a>{{/CHAIR}}</p></li>
{{/CAMPAIGN}}</ul>
{{/HAS_CAMPAIGNS}}
