{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One event (/tapahtumat/{slug}): facts, registration state, description, the other dates of its series and the calendar file. Values: src/tori/web/event_page.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/tapahtumat">[[events.list.title]]</a></p>
<article class="event" lang="{{LANG}}">
<h1>{{TITLE}}</h1>
{{#CANCELLED}}<div class="notice notice--warning" role="status" lang="[[@lang]]"><p><strong>[[events.cancelled.notice]]</strong></p>{{#NOTE}}
<p lang="{{LANG}}">{{TEXT}}</p>{{/NOTE}}</div>
{{/CANCELLED}}<p class="lead">{{LEAD}}</p>
{{#IMAGE}}<img class="event__image" src="{{PATH}}" alt="{{ALT}}">
{{/IMAGE}}
<dl class="event__facts" lang="[[@lang]]">
<dt>[[events.fact.kind]]</dt><dd>{{KIND}}</dd>
<dt>[[events.fact.time]]</dt><dd><time datetime="{{DATETIME}}">{{TIME}}</time></dd>
{{#AUDIENCE}}<dt>[[events.fact.audience]]</dt><dd lang="{{LANG}}">{{TEXT}}</dd>
{{/AUDIENCE}}<dt>[[events.fact.place]]</dt><dd>{{PLACE}}{{#HAS_ADDRESS}}<br>{{ADDRESS}} · <a href="{{MAP_URL}}" rel="noopener">[[events.map_link]]</a>{{/HAS_ADDRESS}}</dd>
{{#ACCESSIBILITY}}<dt>[[events.fact.accessibility]]</dt><dd class="event__accessibility" lang="{{LANG}}">{{TEXT}}</dd>
{{/ACCESSIBILITY}}
{{#REMOTE}}<dt>[[events.fact.remote]]</dt><dd>[[events.remote_note]]</dd>
{{/REMOTE}}{{#HAS_CAPACITY}}<dt>[[events.fact.capacity]]</dt><dd>{{CAPACITY}}</dd>
{{/HAS_CAPACITY}}<dt>[[events.fact.registration]]</dt><dd>{{REGISTRATION}}</dd>
{{#ORGANISER}}<dt>[[events.fact.organiser]]</dt><dd>{{NAME}}{{#HAS_EMAIL}}<br><a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/HAS_EMAIL}}{{#HAS_PHONE}}<br>{{PHONE}}{{/HAS_PHONE}}</dd>
{{/ORGANISER}}
</dl>
{{#MEMBERS_ONLY}}<p lang="[[@lang]]"><a href="{{NETWORK_URL}}">{{TEXT}}</a></p>
{{/MEMBERS_ONLY}}{{#REGISTER}}<p lang="[[@lang]]"><a class="button" href="[[@prefix]]/tapahtumat/{{SLUG}}/ilmoittaudu">[[events.register]]</a></p>
{{/REGISTER}}<p lang="[[@lang]]"><a href="{{CALENDAR_URL}}">[[events.add_to_calendar]]</a></p>
<section class="event__description" aria-labelledby="event-description">
<h2 id="event-description" lang="[[@lang]]">[[events.description.heading]]</h2>
{{DESCRIPTION:none}}
</section>
{{#PROGRAMME}}<section class="event__programme" aria-labelledby="event-programme">
<h2 id="event-programme" lang="[[@lang]]">[[events.programme.heading]]</h2>
<ol class="programme">
{{#ITEM}}<li><time datetime="{{DATETIME}}">{{TIME}}</time> <span class="programme__title">{{TITLE}}</span>{{#SPEAKERS}} <span class="programme__speakers">– {{NAMES}}</span>{{/SPEAKERS}}</li>
{{/ITEM}}</ol>
</section>
{{/PROGRAMME}}
</article>
{{#SERIES}}<section class="event-series" aria-labelledby="event-series-heading">
<h2 id="event-series-heading">[[events.series.heading]]: {{NAME}}</h2>
<ul>
{{#SERIES_EVENT}}<li>{{#LINK}}<a href="{{URL}}">{{/LINK}}{{TIME}} · {{PLACE}}{{#LINK}}</a>{{/LINK}}{{#CURRENT}} <span class="event-series__current">([[events.series.this]])</span>{{/CURRENT}}</li>
{{/SERIES_EVENT}}</ul>
</section>
{{/SERIES}}
