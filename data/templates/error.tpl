{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The error page body: what happened in plain words and where to go next; never internal details. }}
<div class="prose error-page">
<h1>{{HEADING}}</h1>
<p class="lead">{{TEXT}}</p>
<p class="error-page__code">{{CODE}}</p>
<ul>
<li><a href="[[@home]]">[[error.front_link]]</a></li>
<li><a href="[[@prefix]]/haku">[[error.search_link]]</a></li>
{{#SERVER_ERROR}}<li><a href="mailto:tori@example.fi">[[error.contact_link]]</a></li>
{{/SERVER_ERROR}}
</ul>
</div>
