{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' organisations (/toimitus/organisaatiot): every organisation with its type, home municipality and published count, and the form to add one. Values: src/tori/web/submission/organisation_admin_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus">[[manage.back.queue]]</a></p>
<h1>[[manage.organisations.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[manage.organisations.intro]]</p>
<section aria-labelledby="create-heading" class="account-form">
<h2 id="create-heading">[[manage.organisation.create]]</h2>
<form method="post" action="[[@prefix]]/toimitus/organisaatiot" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#NAME_ERROR}} field--error{{/NAME_ERROR}}">
<label for="organisation-name">[[manage.organisation.name]]</label>
{{#NAME_ERROR}}<p class="field__error" id="organisation-name-error">{{MESSAGE}}</p>
{{/NAME_ERROR}}<input id="organisation-name" name="name" type="text" maxlength="200" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="organisation-name-error"{{/NAME_ERROR}}>
</div>
<div class="field{{#TYPE_ERROR}} field--error{{/TYPE_ERROR}}">
<label for="organisation-type">[[manage.organisation.type]]</label>
{{#TYPE_ERROR}}<p class="field__error" id="organisation-type-error">{{MESSAGE}}</p>
{{/TYPE_ERROR}}<select id="organisation-type" name="type"{{#TYPE_ERROR}} aria-invalid="true" aria-describedby="organisation-type-error"{{/TYPE_ERROR}}>
{{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TYPE_OPTION}}</select>
</div>
<div class="field{{#MUNICIPALITY_ERROR}} field--error{{/MUNICIPALITY_ERROR}}">
<label for="organisation-municipality">[[manage.organisation.municipality]]</label>
<p class="field__hint" id="organisation-municipality-hint">[[manage.organisation.municipality_hint]]</p>
{{#MUNICIPALITY_ERROR}}<p class="field__error" id="organisation-municipality-error">{{MESSAGE}}</p>
{{/MUNICIPALITY_ERROR}}<input id="organisation-municipality" name="municipality" type="text" maxlength="100" value="{{MUNICIPALITY_VALUE}}" aria-describedby="organisation-municipality-hint{{#MUNICIPALITY_ERROR}} organisation-municipality-error{{/MUNICIPALITY_ERROR}}"{{#MUNICIPALITY_ERROR}} aria-invalid="true"{{/MUNICIPALITY_ERROR}}>
</div>
<button type="submit">[[manage.organisation.create_button]]</button>
</form>
</section>
<table class="editorial-queue">
<caption>[[manage.organisations.caption]]</caption>
<thead><tr><th scope="col">[[manage.organisation.name]]</th><th scope="col">[[manage.organisation.slug]]</th><th scope="col">[[manage.organisation.type]]</th><th scope="col">[[manage.organisation.municipality]]</th><th scope="col">[[manage.organisation.published]]</th></tr></thead>
<tbody>
{{#ORGANISATION}}<tr><td><a href="{{URL}}">{{NAME}}</a></td><td>{{SLUG}}</td><td>{{TYPE}}</td><td>{{MUNICIPALITY}}</td><td>{{COUNT}}</td></tr>
{{/ORGANISATION}}</tbody>
</table>
