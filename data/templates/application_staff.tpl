{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' applications (/toimitus/hakemukset): a status filter, the table, and each service's last day of applications. Values: src/tori/web/applications/staff_application_pages.cpp. }}
<h1>[[applications.staff.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<form class="registration-staff__filters" method="get" action="[[@prefix]]/toimitus/hakemukset">
<div class="field">
<label for="applications-status">[[applications.staff.filter.status]]</label>
<select id="applications-status" name="tila">
<option value="">[[applications.staff.filter.any_status]]</option>
{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTION}}</select>
</div>
<button type="submit" class="button">[[applications.staff.filter.submit]]</button>
</form>
{{#NONE}}<p>[[applications.staff.none]]</p>
{{/NONE}}<div class="table-scroll" tabindex="0" role="region" aria-label="[[applications.staff.caption]]">
<table class="data-table">
<caption>[[applications.staff.caption]]</caption>
<thead><tr><th scope="col">[[applications.field.organisation]]</th><th scope="col">[[applications.staff.col.service]]</th><th scope="col">[[applications.field.contact_name]]</th><th scope="col">[[applications.staff.col.received]]</th><th scope="col">[[applications.staff.col.status]]</th></tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/hakemukset/{{ID}}">{{ORGANISATION}}</a></th><td>{{SERVICE}}</td><td>{{CONTACT}}</td><td>{{RECEIVED}}</td><td>{{STATUS}}</td></tr>
{{/ROW}}</tbody>
</table>
</div>
<h2>[[applications.staff.deadlines_heading]]</h2>
<p>[[applications.staff.deadlines_text]]</p>
{{#TYPE}}<form method="post" action="[[@prefix]]/toimitus/hakemukset" class="registration-staff__filters">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="code" value="{{CODE}}">
<div class="field">
<label for="deadline-{{CODE}}">{{NAME}}</label>
<p class="field__hint" id="deadline-{{CODE}}-hint">{{WINDOW}}</p>
<input id="deadline-{{CODE}}" name="deadline" type="date" value="{{DEADLINE}}" aria-describedby="deadline-{{CODE}}-hint">
</div>
<button type="submit" class="button">[[applications.staff.deadline_save]]<span class="visually-hidden">: {{NAME}}</span></button>
</form>
{{/TYPE}}
