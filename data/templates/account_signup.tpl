{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Sign-up (/rekisteroidy): address, name, password twice; errors beside the fields and summarised at the top. Values: src/tori/web/account/account_pages.cpp. }}
<div class="account-form">
<h1>[[account.signup.heading]]</h1>
<p>[[account.signup.intro]]</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="signup-form" method="post" action="[[@prefix]]/rekisteroidy" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="signup-email">[[account.field.email]]</label>
{{#EMAIL_ERROR}}<p class="field__error" id="signup-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="signup-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="signup-email-error"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#NAME_ERROR}} field--error{{/NAME_ERROR}}">
<label for="signup-name">[[account.field.name]]</label>
<p class="field__hint" id="signup-name-hint">[[account.field.name_hint]]</p>
{{#NAME_ERROR}}<p class="field__error" id="signup-name-error">{{MESSAGE}}</p>
{{/NAME_ERROR}}<input id="signup-name" name="name" type="text" autocomplete="name" maxlength="200" value="{{NAME}}" aria-describedby="signup-name-hint{{#NAME_ERROR}} signup-name-error{{/NAME_ERROR}}"{{#NAME_ERROR}} aria-invalid="true"{{/NAME_ERROR}}>
</div>
<div class="field{{#PASSWORD_ERROR}} field--error{{/PASSWORD_ERROR}}">
<label for="signup-password">[[account.field.new_password]]</label>
<p class="field__hint" id="signup-password-hint">[[account.field.password_hint]]</p>
{{#PASSWORD_ERROR}}<p class="field__error" id="signup-password-error">{{MESSAGE}}</p>
{{/PASSWORD_ERROR}}<input id="signup-password" name="password" type="password" autocomplete="new-password" aria-describedby="signup-password-hint{{#PASSWORD_ERROR}} signup-password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
</div>
<div class="field">
<label for="signup-password_again">[[account.field.password_again]]</label>
<input id="signup-password_again" name="password_again" type="password" autocomplete="new-password">
</div>
<p class="account-form__privacy">[[account.signup.privacy_before]] <a href="[[@prefix]]/tietosuoja">[[account.signup.privacy_link]]</a>.</p>
<button type="submit" class="button">[[account.signup.button]]</button>
</form>
<p>[[account.signup.have_account]] <a href="[[@prefix]]/kirjaudu">[[account.login.heading]]</a></p>
</div>
