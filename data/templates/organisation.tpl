{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One organisation (/organisaatiot/{slug}): its facts, links to the filtered list and the API, and its practices. Values: src/tori/web/organisation_pages.cpp (cards: directory_pages_view.cpp). }}
<p class="breadcrumb"><a href="[[@prefix]]/organisaatiot">[[directory.organisations.heading]]</a></p>
<h1>{{NAME}}</h1>
<dl class="directory-facts">
<dt>[[directory.fact.type]]</dt>
<dd>{{TYPE}}</dd>
{{#HAS_MUNICIPALITY}}<dt>[[directory.fact.municipality]]</dt>
<dd>{{MUNICIPALITY}}</dd>
{{/HAS_MUNICIPALITY}}{{#HAS_REGION}}<dt>[[directory.fact.region]]</dt>
<dd>{{REGION}}</dd>
{{/HAS_REGION}}<dt>[[directory.fact.practices]]</dt>
<dd>{{COUNT}}</dd>
</dl>
<ul class="directory-links">
<li><a href="{{LIST_URL}}">[[directory.organisation.list_link]]</a></li>
<li><a href="{{API_URL}}" type="application/json">[[directory.organisation.api_link]]</a></li>
</ul>
<section class="directory-practices" aria-labelledby="organisation-practices">
<h2 id="organisation-practices">[[directory.organisation.practices_heading]]</h2>
{{#CARDS_START}}<ol class="practice-results__list">
{{/CARDS_START}}{{#PRACTICE}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p lang="{{LANG}}">{{SUMMARY}}</p>
<p class="practice-card__meta"><span>{{ORGANISATIONS}}</span>{{#HAS_PLACE}} · <span>{{PLACE}}</span>{{/HAS_PLACE}}{{#HAS_DATE}} · <time datetime="{{DATETIME}}">{{DATE}}</time>{{/HAS_DATE}}</p>
</li>
{{/PRACTICE}}{{#CARDS_END}}</ol>
{{/CARDS_END}}{{#PAGINATION}}<nav class="pagination" aria-label="[[directory.pagination.label]]">
<ul>
{{#HAS_PREV}}<li><a rel="prev" href="{{PREV_URL}}">[[directory.pagination.prev]]</a></li>
{{/HAS_PREV}}<li aria-current="page">{{PAGE_OF}}</li>
{{#HAS_NEXT}}<li><a rel="next" href="{{NEXT_URL}}">[[directory.pagination.next]]</a></li>
{{/HAS_NEXT}}</ul>
</nav>
{{/PAGINATION}}</section>
