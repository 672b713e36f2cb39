{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One region (/alueet/{slug}): its count, municipalities, organisations and practices. Values: src/tori/web/region_pages.cpp (cards: directory_pages_view.cpp). }}
<p class="breadcrumb"><a href="[[@prefix]]/alueet">[[directory.regions.heading]]</a></p>
<h1>{{NAME}}</h1>
<p class="directory-count">{{COUNT}}{{#HAS_PRACTICES}} · <a href="{{LIST_URL}}">[[directory.region.list_link]]</a>{{/HAS_PRACTICES}}</p>
<section aria-labelledby="region-municipalities">
<h2 id="region-municipalities">[[directory.region.municipalities_heading]]</h2>
<ul class="municipality-list">
{{#MUNICIPALITY}}<li>{{#LINK_START}}<a href="{{URL}}">{{/LINK_START}}{{NAME}}{{#LINK_END}}</a>{{/LINK_END}} <span class="municipality-list__count">({{COUNT}})</span></li>
{{/MUNICIPALITY}}</ul>
</section>
{{#HAS_ORGANISATIONS}}<section aria-labelledby="region-organisations">
<h2 id="region-organisations">[[directory.region.organisations_heading]]</h2>
<ul class="organisation-list">
{{#ORGANISATION}}<li class="organisation-list__item"><a href="{{URL}}">{{NAME}}</a> <span class="organisation-list__meta">{{COUNT}}</span></li>
{{/ORGANISATION}}</ul>
</section>
{{/HAS_ORGANISATIONS}}<section class="directory-practices" aria-labelledby="region-practices">
<h2 id="region-practices">[[directory.region.practices_heading]]</h2>
{{#NO_PRACTICES}}<p>[[directory.region.no_practices]]</p>
{{/NO_PRACTICES}}{{#CARDS_START}}<ol class="practice-results__list">
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
