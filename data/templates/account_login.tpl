{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Log in (/kirjaudu): address and password; confirmations after verifying or setting a password. Values: src/tori/web/account/login_pages.cpp. }}
<div class="account-form">
<h1>[[account.login.heading]]</h1>
{{#VERIFIED}}<p class="notice notice--success" role="status">[[account.login.verified]]</p>
{{/VERIFIED}}{{#PASSWORD_SET}}<p class="notice notice--success" role="status">[[account.login.password_set]]</p>
{{/PASSWORD_SET}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="login-form" method="post" action="[[@prefix]]/kirjaudu" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="seuraava" value="{{RETURN}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="login-email">[[account.field.email]]</label>
{{#EMAIL_ERROR}}<p class="field__error" id="login-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="login-email" name="email" type="email" autocomplete="username" spellcheck="false" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="login-email-error"{{/EMAIL_ERROR}}>
</div>
<div class="field">
<label for="login-password">[[account.field.password]]</label>
<input id="login-password" name="password" type="password" autocomplete="current-password">
</div>
<button type="submit" class="button">[[account.login.button]]</button>
</form>
<ul class="account-form__links">
<li><a href="[[@prefix]]/salasana">[[account.login.forgot]]</a></li>
<li><a href="[[@prefix]]/rekisteroidy">[[account.login.signup]]</a></li>
</ul>
</div>
