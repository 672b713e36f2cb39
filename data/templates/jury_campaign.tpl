{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A juror's campaign (/raati/{slug}): the phase, the scale, and each category's entries the juror may score with where the juror is with each; entries in conflict are left out. Values: src/tori/web/jury/jury_juror_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/raati">[[jury.home.title]]</a></p>
<h1 lang="fi">{{HEADING}}</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p class="campaign__countdown"><strong>{{PHASE}}.</strong> {{COUNTDOWN}}</p>
<p>{{SCALE}} [[jury.campaign.others_rule]]</p>
{{#CHAIR}}<p><a href="{{RESULTS_URL}}">[[jury.home.results_link]]</a></p>
{{/CHAIR}}{{#BLIND}}<p>[[jury.campaign.blind]]</p>
{{/BLIND}}{{#CATEGORY}}<section aria-labelledby="jury-{{SLUG}}">
<h2 id="jury-{{SLUG}}" lang="fi">{{NAME}}</h2>
<p><a href="{{PACK_URL}}">[[jury.pack.link]]<span class="visually-hidden">: {{NAME}}</span></a></p>
{{#CONFLICTS}}<p>{{TEXT}}</p>
{{/CONFLICTS}}<div class="table-scroll" tabindex="0" role="region" aria-labelledby="jury-{{SLUG}}">
<table class="data-table">
<thead><tr><th scope="col">[[jury.campaign.col.entry]]</th><th scope="col">[[jury.campaign.col.status]]</th></tr></thead>
<tbody>
{{#ENTRY}}<tr><th scope="row"><a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a>{{#NAMED}}<br><span class="practice-card__meta">{{ORGANISATIONS}}</span>{{/NAMED}}</th><td>{{STATUS}}</td></tr>
{{/ENTRY}}</tbody>
</table>
</div>
</section>
{{/CATEGORY}}
