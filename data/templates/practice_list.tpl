{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The list of practices (/teot): the filter form with per-option counts, the result count, the active filters, the results and pagination. Values: src/tori/web/practice_list.cpp. }}
<h1>[[practice.list.title]]</h1>
<p class="lead">[[practice.list.lead]]</p>
<form class="search-form" action="{{SEARCH_ACTION}}" method="get" role="search">
<label for="list-search">[[search.from_list]]</label>
<div class="search-form__row">
<input id="list-search" type="search" name="q" maxlength="500">
{{#KEEP}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/KEEP}}<button type="submit">[[search.button]]</button>
</div>
</form>
<div class="practice-list">
<form class="practice-filters" action="{{ACTION}}" method="get" aria-labelledby="filters-heading">
<h2 id="filters-heading">[[practice.filters.heading]]</h2>
{{#FILTER}}<fieldset class="practice-filters__group">
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
<h2 id="results-heading">[[practice.results.heading]]</h2>
<p class="practice-results__count" role="status">{{COUNT}}</p>
{{#EMPTY_FILTERED}}<p>[[practice.empty.filtered]]</p>
{{/EMPTY_FILTERED}}{{#EMPTY_ALL}}<p>[[practice.empty.all]]</p>
{{/EMPTY_ALL}}{{#HAS_ACTIVE}}<h3 class="practice-results__active-heading">[[practice.active.heading]]</h3>
<ul class="practice-results__active">
{{#ACTIVE_FILTER}}<li><a href="{{URL}}">{{TEXT}}</a></li>
{{/ACTIVE_FILTER}}<li><a href="[[@prefix]]/teot">[[practice.active.clear]]</a></li>
</ul>
{{/HAS_ACTIVE}}{{#HAS_RESULTS}}<ol class="practice-results__list">
{{#RESULT}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p lang="{{LANG}}">{{SUMMARY}}</p>
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
