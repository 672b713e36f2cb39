{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An event's registrations for the staff (/toimitus/tapahtumat/{slug}/ilmoittautuneet): figures, filters, the table with every answer (printable), downloads. Values: src/tori/web/registration/staff_registration_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/tapahtumat">[[registration.staff.events_title]]</a></p>
<h1>[[registration.staff.heading]]: <span lang="{{LANG}}">{{EVENT_TITLE}}</span></h1>
<p>{{EVENT_TIME}}</p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p class="registration-staff__figures">{{FIGURES}}{{#WAY_FIGURES}} {{TEXT}}{{/WAY_FIGURES}}</p>
<ul class="registration-staff__links">
<li><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet.csv">[[registration.staff.download_csv]]</a></li>
<li><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet.xlsx">[[registration.staff.download_xlsx]]</a></li>
<li><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/sisaankirjaus">[[registration.staff.link.check_in]]</a></li>
<li><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/viesti">[[registration.staff.link.message]]</a></li>
<li><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/peru">[[registration.staff.link.cancel_event]]</a></li>
</ul>
<form class="registration-staff__filters" method="get" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet">
<div class="field">
<label for="staff-status">[[registration.staff.filter.status]]</label>
<select id="staff-status" name="tila">
<option value="">[[registration.staff.filter.any_status]]</option>
{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTION}}</select>
</div>
<div class="field">
<label for="staff-search">[[registration.staff.filter.search]]</label>
<input id="staff-search" name="haku" type="search" value="{{SEARCH}}">
</div>
<button type="submit" class="button">[[registration.staff.filter.submit]]</button>
</form>
<p role="status">{{SHOWN}}</p>
{{#NONE}}<p>[[registration.staff.none]]</p>
{{/NONE}}<div class="table-scroll" tabindex="0" role="region" aria-label="[[registration.staff.caption]]">
<table class="data-table registration-staff__table">
<caption>[[registration.staff.caption]]</caption>
<thead><tr><th scope="col">[[registration.field.name]]</th><th scope="col">[[registration.field.email]]</th><th scope="col">[[registration.field.organisation]]</th><th scope="col">[[registration.field.title]]</th><th scope="col">[[registration.manage.status]]</th><th scope="col">[[registration.staff.col.registered]]</th>{{#WAYS}}<th scope="col">[[registration.field.participation]]</th>{{/WAYS}}<th scope="col">[[registration.staff.col.present]]</th><th scope="col" class="registration-staff__actions">[[registration.staff.col.actions]]</th>{{#QUESTION_HEADING}}<th scope="col">{{LABEL}}</th>{{/QUESTION_HEADING}}</tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{NAME}}</th><td>{{EMAIL}}</td><td>{{ORGANISATION}}</td><td>{{JOB_TITLE}}</td><td>{{STATUS}}</td><td>{{REGISTERED}}</td>{{#WAY}}<td>{{TEXT}}</td>{{/WAY}}<td>{{#ATTENDED}}[[registration.staff.present_yes]]{{/ATTENDED}}</td><td class="registration-staff__actions">{{#CAN_CONFIRM}}<form method="post" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="confirm"><button type="submit" class="button">[[registration.staff.confirm]]<span class="visually-hidden">: {{NAME}}</span></button></form>{{/CAN_CONFIRM}}{{#CAN_CANCEL}}<form method="post" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="cancel"><button type="submit" class="button button--secondary">[[registration.staff.cancel]]<span class="visually-hidden">: {{NAME}}</span></button></form>{{/CAN_CANCEL}}</td>{{#ANSWER_CELL}}<td>{{ANSWER}}</td>{{/ANSWER_CELL}}</tr>
{{/ROW}}</tbody>
</table>
</div>
