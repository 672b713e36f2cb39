{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Every year's winners and honourable mentions (/palkitut) by campaign and category, with the jury's justifications. Values: src/tori/web/campaigns/campaign_results_pages.cpp. }}
<h1>[[campaigns.awards.title]]</h1>
<p class="lead">[[campaigns.awards.lead]]</p>
{{#NONE}}<p>[[campaigns.awards.none]]</p>
{{/NONE}}{{#HAS_YEARS}}<nav class="awards-years" aria-labelledby="awards-years-heading">
<h2 id="awards-years-heading">[[campaigns.awards.years]]</h2>
<ul>
{{#YEAR_LINK}}<li><a href="#{{SLUG}}">{{YEAR}}</a></li>
{{/YEAR_LINK}}</ul>
</nav>
{{/HAS_YEARS}}{{#CAMPAIGN}}<section class="awards-year" id="{{SLUG}}" aria-labelledby="awards-{{SLUG}}">
<h2 id="awards-{{SLUG}}"><a href="{{URL}}" lang="fi">{{NAME}}</a></h2>
<p>{{GALA_TEXT}}</p>
{{#CATEGORY}}<h3 lang="fi">{{NAME}}</h3>
{{#AWARD_LIST}}<ul class="award-list">
{{#AWARD}}<li class="award award--{{LEVEL_CLASS}}">
<p><span class="award__level">{{LEVEL}}</span>: <a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a>, {{ORGANISATIONS}} · <a href="{{CERTIFICATE_URL}}" type="application/pdf">[[campaigns.certificate.link]]</a></p>
{{#JUSTIFICATION}}<p class="award__justification" lang="fi">{{TEXT}}</p>
{{/JUSTIFICATION}}</li>
{{/AWARD}}</ul>
{{/AWARD_LIST}}{{/CATEGORY}}</section>
{{/CAMPAIGN}}
