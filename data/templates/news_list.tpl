{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The news (/uutiset) and a keyword's news (/asiasanat/{slug}): the filter form, the count, the article cards, pagination and the Atom feed. Values: src/tori/web/news/news_list_page.cpp. }}
<h1>{{HEADING}}</h1>
{{#LIST_LEAD}}<p class="lead">[[news.list.lead]]</p>
{{/LIST_LEAD}}{{#KEYWORD_PAGE}}<p><a href="{{ALL_NEWS_URL}}">[[news.keyword.all_news]]</a></p>
{{/KEYWORD_PAGE}}{{#FILTERS}}<form class="news-filters" action="[[@prefix]]/uutiset" method="get" aria-labelledby="news-filters-heading">
<h2 id="news-filters-heading">[[news.filters.heading]]</h2>
<div class="news-filters__fields">
<div class="news-filters__field">
<label for="news-keyword">[[news.filters.keyword]]</label>
<select id="news-keyword" name="asiasana">
<option value="">[[news.filters.any_keyword]]</option>
{{#KEYWORD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KEYWORD_OPTION}}</select>
</div>
<div class="news-filters__field">
<label for="news-year">[[news.filters.year]]</label>
<select id="news-year" name="vuosi">
<option value="">[[news.filters.any_year]]</option>
{{#YEAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/YEAR_OPTION}}</select>
</div>
</div>
<button type="submit">[[news.filters.submit]]</button>
</form>
{{/FILTERS}}<section class="news-results" aria-labelledby="news-results-heading">
<h2 id="news-results-heading">[[news.results.heading]]</h2>
<p class="news-results__count" role="status">{{COUNT}}</p>
{{#NO_NEWS}}<p>[[news.list.none]]</p>
{{/NO_NEWS}}{{#HAS_NEWS}}<ol class="news-results__list">
{{#ARTICLE}}<li class="news-card">
{{#HAS_IMAGE}}<img class="news-card__image" src="{{IMAGE_URL}}" alt="" width="{{IMAGE_WIDTH}}" height="{{IMAGE_HEIGHT}}" loading="lazy">
{{/HAS_IMAGE}}<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="news-card__when"><time datetime="{{DATETIME}}">{{DATE}}</time></p>
<p lang="{{LANG}}">{{LEAD}}</p>
</li>
{{/ARTICLE}}</ol>
{{/HAS_NEWS}}{{#PAGINATION}}<nav class="pagination" aria-label="[[directory.pagination.label]]">
<ul>
{{#HAS_PREV}}<li><a rel="prev" href="{{PREV_URL}}">[[directory.pagination.prev]]</a></li>
{{/HAS_PREV}}<li aria-current="page">{{PAGE_OF}}</li>
{{#HAS_NEXT}}<li><a rel="next" href="{{NEXT_URL}}">[[directory.pagination.next]]</a></li>
{{/HAS_NEXT}}</ul>
</nav>
{{/PAGINATION}}</section>
<p class="news-feed"><a href="{{FEED_URL}}" type="application/atom+xml">{{FEED_LABEL}}</a></p>
