{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One organisation for the editors (/toimitus/organisaatiot/{slug}): its name, type and home municipality, and merging it into another organisation. Values: src/tori/web/submission/organisation_admin_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus/organisaatiot">[[manage.back.organisations]]</a></p>
<h1>{{NAME}}</h1>
<p>[[manage.organisation.slug]]: {{SLUG}} · [[manage.organisation.published]]: {{COUNT}} · <a href="{{PUBLIC_URL}}">[[manage.organisation.public]]</a></p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<section aria-labelledby="edit-heading" class="account-form">
<h2 id="edit-heading">[[manage.organisation.edit]]</h2>
<form method="post" action="{{ACTION}}" novalidate>
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
<button type="submit" name="action" value="edit">[[manage.organisation.edit_button]]</button>
</form>
</section>
<section aria-labelledby="merge-heading" class="account-form">
<h2 id="merge-heading">[[manage.organisation.merge]]</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#INTO_ERROR}} field--error{{/INTO_ERROR}}">
<label for="organisation-into">[[manage.organisation.merge_into]]</label>
<p class="field__hint" id="organisation-into-hint">[[manage.organisation.merge_hint]]</p>
{{#INTO_ERROR}}<p class="field__error" id="organisation-into-error">{{MESSAGE}}</p>
{{/INTO_ERROR}}<select id="organisation-into" name="into" aria-describedby="organisation-into-hint{{#INTO_ERROR}} organisation-into-error{{/INTO_ERROR}}"{{#INTO_ERROR}} aria-invalid="true"{{/INTO_ERROR}}>
{{#OTHER}}<option value="{{VALUE}}">{{LABEL}}</option>
{{/OTHER}}</select>
</div>
<button type="submit" name="action" value="merge" class="button--secondary">[[manage.organisation.merge_button]]</button>
</form>
</section>
