{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The chair's view (/raati/{slug}/tulokset): per category the jurors' progress, the entries ranked (raw or normalised), ties and the shortlist, and the decision form. Values: src/tori/web/jury/jury_chair_pages.cpp. }}
<p class="breadcrumb"><a href="{{CAMPAIGN_URL}}" lang="fi">[[jury.home.title]]</a></p>
<h1 lang="fi">{{HEADING}}</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[jury.results.lead]]</p>
<p>{{#RAW}}[[jury.results.raw]] <a href="{{TOGGLE_URL}}">[[jury.results.to_normalised]]</a>{{/RAW}}{{#NORMALISED}}[[jury.results.normalised]] <a href="{{TOGGLE_URL}}">[[jury.results.to_raw]]</a>{{/NORMALISED}}</p>
{{#FORM_ERROR}}<p class="field-error" id="decision-form">{{MESSAGE}}</p>
{{/FORM_ERROR}}{{#CATEGORY}}<section id="sarja-{{SLUG}}" aria-labelledby="results-{{SLUG}}">
<h2 id="results-{{SLUG}}" lang="fi">{{NAME}}</h2>
<h3>[[jury.results.progress_heading]]</h3>
<ul>
{{#PROGRESS}}<li>{{JUROR}}: {{TEXT}}</li>
{{/PROGRESS}}</ul>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-{{SLUG}}">
<table class="data-table">
<caption>[[jury.results.caption]]</caption>
<thead><tr><th scope="col">[[jury.results.col.rank]]</th><th scope="col">[[jury.campaign.col.entry]]</th><th scope="col">[[jury.results.col.score]]</th><th scope="col">[[jury.results.col.jurors]]</th><th scope="col">[[jury.results.col.award]]</th><th scope="col">[[jury.results.col.justification]]</th></tr></thead>
<tbody>
{{#RANKED}}<tr><td>{{RANK}}{{#TIED}} [[jury.results.tied]]{{/TIED}}{{#SHORTLISTED}}<br>[[jury.results.shortlisted]]{{/SHORTLISTED}}</td><th scope="row" id="{{CATEGORY_SLUG}}-entry-{{ID}}"><a href="[[@prefix]]/teot/{{SLUG}}">{{TITLE}}</a></th><td>{{SCORE}}</td><td>{{JURORS}}</td>
<td><label class="visually-hidden" for="decision-{{CATEGORY_SLUG}}-award-{{ID}}">[[jury.results.col.award]]: {{TITLE}}</label><select id="decision-{{CATEGORY_SLUG}}-award-{{ID}}" name="award-{{ID}}"><option value="">–</option><option value="winner"{{#WINNER_SELECTED}} selected{{/WINNER_SELECTED}}>[[campaigns.award.winner]]</option><option value="honourable_mention"{{#MENTION_SELECTED}} selected{{/MENTION_SELECTED}}>[[campaigns.award.mention]]</option></select></td>
<td><label class="visually-hidden" for="decision-{{CATEGORY_SLUG}}-justification-{{ID}}">[[jury.results.col.justification]]: {{TITLE}}</label>{{#ERROR}}<p class="field-error" id="decision-{{CATEGORY_SLUG}}-justification-{{ID}}-error">{{MESSAGE}}</p>{{/ERROR}}<textarea id="decision-{{CATEGORY_SLUG}}-justification-{{ID}}" name="justification-{{ID}}" rows="3" maxlength="2000"{{#ERROR}} aria-describedby="decision-{{CATEGORY_SLUG}}-justification-{{ID}}-error"{{/ERROR}}>{{JUSTIFICATION}}</textarea></td></tr>
{{/RANKED}}</tbody>
</table>
</div>
<button type="submit">[[jury.results.save]]<span class="visually-hidden">: {{NAME}}</span></button>
</form>
</section>
{{/CATEGORY}}
