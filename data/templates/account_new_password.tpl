{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A new password from a mail link (/salasana/{token}). Values: src/tori/web/account/password_pages.cpp. }}
<div class="account-form">
<h1>[[account.new_password.heading]]</h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="newpw-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#PASSWORD_ERROR}} field--error{{/PASSWORD_ERROR}}">
<label for="newpw-password">[[account.field.new_password]]</label>
<p class="field__hint" id="newpw-password-hint">[[account.field.password_hint]]</p>
{{#PASSWORD_ERROR}}<p class="field__error" id="newpw-password-error">{{MESSAGE}}</p>
{{/PASSWORD_ERROR}}<input id="newpw-password" name="password" type="password" autocomplete="new-password" aria-describedby="newpw-password-hint{{#PASSWORD_ERROR}} newpw-password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
</div>
<div class="field">
<label for="newpw-password_again">[[account.field.password_again]]</label>
<input id="newpw-password_again" name="password_again" type="password" autocomplete="new-password">
</div>
<button type="submit" class="button">[[account.new_password.button]]</button>
</form>
</div>
