{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! /tyopajat: the in-house workshops, whether applications are open and until when, the other services, and the summaries of held workshops with their practices. Values: src/tori/web/applications/workshops_page.cpp. }}
<h1>[[applications.workshops.title]]</h1>
<p class="lead">[[applications.workshops.lead]]</p>
<p>[[applications.workshops.text]]</p>
<section class="front-section" aria-labelledby="workshops-apply">
<h2 id="workshops-apply">[[applications.workshops.apply_heading]]</h2>
<p class="notice" role="status">{{WINDOW}}</p>
{{#OPEN}}<p><a class="button" href="[[@prefix]]/hakemus/tyopaja">[[applications.workshops.apply_link]]</a></p>
{{/OPEN}}{{#CLOSED}}<p>[[applications.workshops.closed_text]]</p>
{{/CLOSED}}</section>
<section class="front-section" aria-labelledby="workshops-other">
<h2 id="workshops-other">[[applications.workshops.other_heading]]</h2>
<ul class="cards">
{{#SERVICE}}<li class="card">
<h3>{{NAME}}</h3>
<p>{{WINDOW}}</p>
{{#OPEN}}<p><a href="[[@prefix]]/hakemus/{{CODE}}">[[applications.workshops.apply_for]]<span class="visually-hidden">: {{NAME}}</span></a></p>
{{/OPEN}}</li>
{{/SERVICE}}</ul>
</section>
{{#HAS_HELD}}<section class="front-section" aria-labelledby="workshops-held">
<h2 id="workshops-held">[[applications.workshops.held_heading]]</h2>
{{#HELD}}<article class="card">
<h3>{{ORGANISATION}}</h3>
{{#HAS_DATE}}<p class="practice-card__meta">{{DATE}}</p>
{{/HAS_DATE}}{{#PARAGRAPH}}<p>{{TEXT}}</p>
{{/PARAGRAPH}}
{{#HAS_PRACTICES}}<h4>[[applications.workshops.practices]]</h4>
<ul>
{{#PRACTICE}}<li><a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a></li>
{{/PRACTICE}}</ul>
{{/HAS_PRACTICES}}</article>
{{/HELD}}</section>
{{/HAS_HELD}}
