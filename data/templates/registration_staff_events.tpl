{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The staff's events (/toimitus/tapahtumat): upcoming first, then the recent past, each with its seats taken and links to its registrations, check-in and edit form; a link to the new-event form and the notice after a save. Values: src/tori/web/registration/staff_registration_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[registration.staff.events_title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p><a class="button" href="[[@prefix]]/toimitus/tapahtumat/uusi">[[event_editor.new_event_link]]</a></p>
{{#GROUP}}<h2>{{HEADING}}</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="{{HEADING}}">
<table class="data-table">
<thead><tr><th scope="col">[[registration.staff.col.event]]</th><th scope="col">[[events.fact.time]]</th><th scope="col">[[registration.staff.col.seats]]</th><th scope="col">[[registration.staff.col.waiting]]</th><th scope="col">[[registration.staff.col.links]]</th></tr></thead>
<tbody>
{{#EVENT}}<tr><th scope="row"><a href="[[@prefix]]/tapahtumat/{{SLUG}}" lang="{{LANG}}">{{TITLE}}</a></th><td>{{TIME}}</td><td>{{SEATS}}</td><td>{{WAITING}}</td><td><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet">[[registration.staff.link.table]]<span class="visually-hidden">: {{TITLE}}</span></a> · <a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/sisaankirjaus">[[registration.staff.link.check_in]]<span class="visually-hidden">: {{TITLE}}</span></a> · <a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/muokkaa">[[event_editor.edit_link]]<span class="visually-hidden">: {{TITLE}}</span></a></td></tr>
{{/EVENT}}</tbody>
</table>
</div>
{{/GROUP}}{{#NONE}}<p>[[registration.staff.no_events]]</p>
{{/NONE}}
