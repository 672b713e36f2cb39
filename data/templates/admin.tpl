{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Administration (/yllapito): roles by address, and the audit log, newest first, 50 a page. Values: src/tori/web/account/admin_pages.cpp. }}
<h1>[[admin.heading]]</h1>
{{#SAVED}}<p class="notice notice--success" role="status">[[admin.saved]]</p>
{{/SAVED}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<section aria-labelledby="roles-heading" class="account-form">
<h2 id="roles-heading">[[admin.roles.heading]]</h2>
<p>[[admin.roles.intro]]</p>
<form method="post" action="[[@prefix]]/yllapito/roolit" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="roles-email">[[account.field.email]]</label>
{{#EMAIL_ERROR}}<p class="field__error" id="roles-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="roles-email" name="email" type="email" spellcheck="false"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="roles-email-error"{{/EMAIL_ERROR}}>
</div>
<fieldset class="practice-form__choices">
<legend>[[admin.roles.legend]]</legend>
{{#ROLE}}<div><input type="checkbox" id="roles-{{VALUE}}" name="roles" value="{{VALUE}}"> <label for="roles-{{VALUE}}">{{LABEL}}</label></div>
{{/ROLE}}</fieldset>
<button type="submit">[[admin.roles.button]]</button>
</form>
</section>
<section aria-labelledby="audit-heading">
<h2 id="audit-heading">[[admin.audit.heading]]</h2>
<table class="editorial-history">
<caption>[[admin.audit.caption]]</caption>
<thead><tr><th scope="col">[[admin.audit.at]]</th><th scope="col">[[admin.audit.actor]]</th><th scope="col">[[admin.audit.action]]</th><th scope="col">[[admin.audit.object]]</th><th scope="col">[[admin.audit.detail]]</th></tr></thead>
<tbody>
{{#ENTRY}}<tr><td>{{AT}}</td><td>{{ACTOR}}</td><td>{{ACTION}}</td><td>{{OBJECT}}</td><td>{{DETAIL}}</td></tr>
{{/ENTRY}}</tbody>
</table>
<p>{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">[[admin.audit.newer]]</a> {{/PREVIOUS}}{{#NEXT}}<a href="{{NEXT_URL}}">[[admin.audit.older]]</a>{{/NEXT}}</p>
</section>
