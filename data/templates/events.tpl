{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The events (/tapahtumat): the filter form, the count, the event cards, pagination and the calendar feed. Values: src/tori/web/event_list_page.cpp, event_list_filters.cpp. }}
<h1>{{HEADING}}</h1>
<p class="lead">[[events.list.lead]]</p>
<form class="event-filters" action="[[@prefix]]/tapahtumat" method="get" aria-labelledby="event-filters-heading">
<h2 id="event-filters-heading">[[events.filters.heading]]</h2>
<div class="event-filters__fields">
<div class="event-filters__field">
<label for="event-when">[[events.filters.when]]</label>
<select id="event-when" name="when">
{{#WHEN_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/WHEN_OPTION}}</select>
</div>
<div class="event-filters__field">
<label for="event-kind">[[events.filters.kind]]</label>
<select id="event-kind" name="kind">
<option value="">[[events.filters.any_kind]]</option>
{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}</select>
</div>
<div class="event-filters__field">
<label for="event-region">[[events.filters.region]]</label>
<select id="event-region" name="region">
<option value="">[[events.filters.any_region]]</option>
{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/REGION_OPTION}}</select>
</div>
<div class="event-filters__field">
<label for="event-month">[[events.filters.month]]</label>
<select id="event-month" name="month">
<option value="">[[events.filters.any_month]]</option>
{{#MONTH_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/MONTH_OPTION}}</select>
</div>
</div>
<button type="submit">[[events.filters.submit]]</button>
</form>
<section class="event-results" aria-labelledby="event-results-heading">
<h2 id="event-results-heading">[[events.results.heading]]</h2>
<p class="event-results__count" role="status">{{COUNT}}</p>
{{#NO_EVENTS}}<p>[[events.results.none]]</p>
{{/NO_EVENTS}}{{#HAS_EVENTS}}<ol class="event-results__list">
{{#EVENT}}<li class="event-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="event-card__when"><time datetime="{{DATETIME}}">{{TIME}}</time></p>
<p class="event-card__meta"><span>{{KIND}}</span> · <span>{{PLACE}}</span></p>
<p lang="{{LANG}}">{{LEAD}}</p>
<p class="event-card__registration">{{#CANCELLED}}<strong class="event-card__cancelled">[[events.cancelled.tag]]</strong> {{/CANCELLED}}{{REGISTRATION}}</p>
</li>
{{/EVENT}}</ol>
{{/HAS_EVENTS}}{{#PAGINATION}}<nav class="pagination" aria-label="[[directory.pagination.label]]">
<ul>
{{#HAS_PREV}}<li><a rel="prev" href="{{PREV_URL}}">[[directory.pagination.prev]]</a></li>
{{/HAS_PREV}}<li aria-current="page">{{PAGE_OF}}</li>
{{#HAS_NEXT}}<li><a rel="next" href="{{NEXT_URL}}">[[directory.pagination.next]]</a></li>
{{/HAS_NEXT}}</ul>
</nav>
{{/PAGINATION}}</section>
<p class="event-feed"><a href="{{FEED_URL}}">[[events.feed.link]]</a></p>
