{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Forgotten password (/salasana): the address to send a link to. Values: src/tori/web/account/password_pages.cpp. }}
<div class="account-form">
<h1>[[account.forgot.heading]]</h1>
<p>[[account.forgot.intro]]</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="forgot-form" method="post" action="[[@prefix]]/salasana" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="forgot-email">[[account.field.email]]</label>
{{#EMAIL_ERROR}}<p class="field__error" id="forgot-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="forgot-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="forgot-email-error"{{/EMAIL_ERROR}}>
</div>
<button type="submit" class="button">[[account.forgot.button]]</button>
</form>
</div>
