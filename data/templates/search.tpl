{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The search page (/haku): the search box, the filters with counts, the result count, the suggestion, the active filters, results with snippets, help when nothing is found, pagination. Values: src/tori/web/search_page.cpp. }}
<h1>[[search.heading]]</h1>
<form class="search-form" action="{{ACTION}}" method="get" role="search">
<label for="search-q">[[search.label]]</label>
<div class="search-form__row">
<input id="search-q" type="search" name="q" value="{{QUERY}}" maxlength="500" aria-describedby="search-tips">
{{#KEEP}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/KEEP}}<button type="submit">[[search.button]]</button>
</div>
<details id="search-tips" class="search-form__tips">
<summary>[[search.tips.heading]]</summary>
<ul>
<li>[[search.tips.words]]</li>
<li>[[search.tips.or]]</li>
<li>[[search.tips.exclude]]</li>
<li>[[search.tips.phrase]]</li>
<li>[[search.tips.prefix]]</li>
</ul>
</details>
</form>
<div class="practice-list">
<form class="practice-filters" action="{{ACTION}}" method="get" aria-labelledby="filters-heading">
<h2 id="filters-heading">[[search.filters.heading]]</h2>
<input type="hidden" name="q" value="{{QUERY}}">
{{#FACETS_ESTIMATED}}<p class="practice-filters__note">[[search.facets_estimated]]</p>
{{/FACETS_ESTIMATED}}{{#FILTER}}<fieldset class="practice-filters__group">
<legend>{{LEGEND}}</legend>
{{#LARGE}}<details{{#OPEN}} open{{/OPEN}}>
<summary>[[practice.filters.show_all]] ({{OPTION_COUNT}})</summary>
{{/LARGE}}<ul class="practice-filters__options">
{{#OPTION}}<li><input type="checkbox" id="{{ID}}" name="{{PARAM}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}">{{LABEL}} <span class="practice-filters__count">({{COUNT}})</span></label></li>
{{/OPTION}}</ul>
{{#LARGE_END}}</details>
{{/LARGE_END}}</fieldset>
{{/FILTER}}<div class="practice-filters__sort">
<label for="practice-sort">[[practice.sort.label]]</label>
<select id="practice-sort" name="sort">
{{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/SORT_OPTION}}</select>
</div>
<button type="submit">[[practice.filters.submit]]</button>
</form>
<section class="practice-results" aria-labelledby="results-heading">
<h2 id="results-heading">[[search.results.heading]]</h2>
<p class="practice-results__count" role="status">{{COUNT}}</p>
{{#SUGGESTION}}<p class="search-suggestion">[[search.suggestion]] <a href="{{URL}}">{{TEXT}}</a>?</p>
{{/SUGGESTION}}{{#HAS_ACTIVE}}<h3 class="practice-results__active-heading">[[practice.active.heading]]</h3>
<ul class="practice-results__active">
{{#ACTIVE_FILTER}}<li><a href="{{URL}}">{{TEXT}}</a></li>
{{/ACTIVE_FILTER}}<li><a href="{{CLEAR_URL}}">[[practice.active.clear]]</a></li>
</ul>
{{/HAS_ACTIVE}}{{#NO_RESULTS}}<div class="search-help">
<p>[[search.none]]</p>
<ul>
{{#HAS_TEXT}}<li>[[search.none.spelling]]</li>
<li>[[search.none.fewer_words]]</li>
{{/HAS_TEXT}}{{#HAS_FILTERS}}<li><a href="{{WITHOUT_FILTERS_URL}}">[[search.none.without_filters]]</a></li>
{{/HAS_FILTERS}}<li><a href="[[@prefix]]/teot">[[search.none.browse]]</a></li>
</ul>
</div>
{{/NO_RESULTS}}{{#HAS_RESULTS}}<ol class="practice-results__list">
{{#RESULT}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="practice-card__snippet" lang="{{LANG}}">{{SNIPPET:none}}</p>
<p class="practice-card__meta"><span>{{ORGANISATIONS}}</span>{{#HAS_PLACE}} · <span>{{PLACE}}</span>{{/HAS_PLACE}}{{#HAS_DATE}} · <time datetime="{{DATETIME}}">{{DATE}}</time>{{/HAS_DATE}}</p>
</li>
{{/RESULT}}</ol>
{{/HAS_RESULTS}}{{#PAGINATION}}<nav class="pagination" aria-label="[[practice.pagination.label]]">
<ul>
{{#HAS_PREV}}<li><a rel="prev" href="{{PREV_URL}}">[[practice.pagination.prev]]</a></li>
{{/HAS_PREV}}<li aria-current="page">{{PAGE_OF}}</li>
{{#HAS_NEXT}}<li><a rel="next" href="{{NEXT_URL}}">[[practice.pagination.next]]</a></li>
{{/HAS_NEXT}}</ul>
</nav>
{{/PAGINATION}}</section>
</div>
