{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The second step of logging in (/kirjaudu/vahvistus): a code from the app or a recovery code. Values: src/tori/web/account/second_factor_pages.cpp. }}
<div class="account-form">
<h1>[[account.totp.heading]]</h1>
<p>[[account.totp.intro]]</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="totp-form" method="post" action="[[@prefix]]/kirjaudu/vahvistus" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="seuraava" value="{{RETURN}}">
<div class="field{{#CODE_ERROR}} field--error{{/CODE_ERROR}}">
<label for="totp-code">[[account.totp.code]]</label>
<p class="field__hint" id="totp-code-hint">[[account.totp.hint]]</p>
{{#CODE_ERROR}}<p class="field__error" id="totp-code-error">{{MESSAGE}}</p>
{{/CODE_ERROR}}<input id="totp-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" maxlength="20" aria-describedby="totp-code-hint{{#CODE_ERROR}} totp-code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
</div>
<button type="submit" class="button">[[account.totp.button]]</button>
</form>
</div>
