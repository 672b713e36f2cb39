{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Changing one's e-mail address (/omat-tiedot/sahkoposti): the new address and the current password; errors beside the fields and summarised at the top. Values: src/tori/web/account/email_change_pages.cpp. }}
<div class="account-form">
<h1>[[account.email.heading]]</h1>
<p>[[account.email.current]] <strong>{{CURRENT}}</strong></p>
<p>[[account.email.intro]]</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="change-form" method="post" action="[[@prefix]]/omat-tiedot/sahkoposti" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="change-email">[[account.field.new_email]]</label>
{{#EMAIL_ERROR}}<p class="field__error" id="change-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="change-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="change-email-error"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#PASSWORD_ERROR}} field--error{{/PASSWORD_ERROR}}">
<label for="change-password">[[account.field.current_password]]</label>
{{#PASSWORD_ERROR}}<p class="field__error" id="change-password-error">{{MESSAGE}}</p>
{{/PASSWORD_ERROR}}<input id="change-password" name="password" type="password" autocomplete="current-password"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="change-password-error"{{/PASSWORD_ERROR}}>
</div>
<button type="submit" class="button">[[account.email.button]]</button>
</form>
<p><a href="[[@prefix]]/omat-tiedot">[[account.email.back]]</a></p>
</div>
