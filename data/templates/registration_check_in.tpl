{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The door's check-in page (/toimitus/tapahtumat/{slug}/sisaankirjaus): find a name, mark present with one large button; works on a phone without JavaScript. Values: src/tori/web/registration/check_in_page.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet">[[registration.staff.heading]]</a></p>
<h1>[[registration.check_in.heading]]: <span lang="{{LANG}}">{{EVENT_TITLE}}</span></h1>
<p>{{EVENT_TIME}}</p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p class="check-in__count">{{COUNT}}</p>
<form class="check-in__search" method="get" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/sisaankirjaus" role="search">
<label for="check-in-search">[[registration.check_in.search]]</label>
<input id="check-in-search" name="haku" type="search" value="{{SEARCH}}" autocomplete="off">
<button type="submit" class="button">[[registration.check_in.find]]</button>
</form>
{{#NONE}}<p>[[registration.check_in.none]]</p>
{{/NONE}}<ul class="check-in__people">
{{#PERSON}}<li class="check-in__person{{#PRESENT}} check-in__person--present{{/PRESENT}}">
<span class="check-in__name">{{NAME}}</span>{{#ORGANISATION}} <span class="check-in__organisation">{{ORGANISATION}}</span>{{/ORGANISATION}}
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
{{#ABSENT}}<input type="hidden" name="action" value="present">
<button type="submit" class="button check-in__button">[[registration.check_in.mark]]<span class="visually-hidden">: {{NAME}}</span></button>{{/ABSENT}}{{#PRESENT}}<input type="hidden" name="action" value="absent">
<span class="check-in__state">[[registration.check_in.present]]</span>
<button type="submit" class="button button--secondary">[[registration.check_in.undo]]<span class="visually-hidden">: {{NAME}}</span></button>{{/PRESENT}}
</form>
</li>
{{/PERSON}}</ul>
