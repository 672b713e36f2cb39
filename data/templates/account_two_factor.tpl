{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Two-factor sign-in (/omat-tiedot/kaksivaiheinen): set up with a QR code and a code from the app, or — when on — new recovery codes and turning it off. Values: src/tori/web/account/two_factor_page.cpp. }}
<div class="account-form">
<h1>[[twofactor.heading]]</h1>
{{#DONE_SECTION}}<p class="notice notice--success" role="status">{{DONE}}</p>
{{/DONE_SECTION}}{{#REQUIRED}}<p class="notice">[[twofactor.required]]</p>
{{/REQUIRED}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}{{#SETUP}}<p>[[twofactor.intro]]</p>
<ol class="twofactor-steps">
<li>[[twofactor.step.app]]</li>
<li><p>[[twofactor.step.scan]]</p>
<div class="qr-code-box">{{QR_SVG:none}}</div>
<p>[[twofactor.step.phone]] <a href="{{URI:none}}">[[twofactor.step.phone_link]]</a></p>
<p>[[twofactor.step.type]]</p>
<p><code class="totp-secret">{{SECRET_GROUPS}}</code></p></li>
<li>[[twofactor.step.code]]</li>
</ol>
<form id="twofactor-setup" method="post" action="[[@prefix]]/omat-tiedot/kaksivaiheinen" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="secret" value="{{SECRET}}">
<input type="hidden" name="secret_tag" value="{{SECRET_TAG}}">
<div class="field{{#CODE_ERROR}} field--error{{/CODE_ERROR}}">
<label for="twofactor-code">[[twofactor.field.code]]</label>
<p class="field__hint" id="twofactor-code-hint">[[twofactor.field.code_hint]]</p>
{{#CODE_ERROR}}<p class="field__error" id="twofactor-code-error">{{MESSAGE}}</p>
{{/CODE_ERROR}}<input id="twofactor-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" maxlength="10" aria-describedby="twofactor-code-hint{{#CODE_ERROR}} twofactor-code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
</div>
<button type="submit" class="button">[[twofactor.enable]]</button>
</form>
{{/SETUP}}{{#ENABLED}}<p class="notice notice--success">[[twofactor.on]]</p>
<p>{{CODES_LEFT}}</p>
<section aria-labelledby="twofactor-codes-heading">
<h2 id="twofactor-codes-heading">[[twofactor.codes.heading]]</h2>
<p>[[twofactor.codes.text]]</p>
<form method="post" action="[[@prefix]]/omat-tiedot/kaksivaiheinen/varakoodit" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#CODES_PASSWORD_ERROR}} field--error{{/CODES_PASSWORD_ERROR}}">
<label for="twofactor-codes_password">[[account.field.current_password]]</label>
{{#CODES_PASSWORD_ERROR}}<p class="field__error" id="twofactor-codes_password-error">{{MESSAGE}}</p>
{{/CODES_PASSWORD_ERROR}}<input id="twofactor-codes_password" name="codes_password" type="password" autocomplete="current-password"{{#CODES_PASSWORD_ERROR}} aria-invalid="true" aria-describedby="twofactor-codes_password-error"{{/CODES_PASSWORD_ERROR}}>
</div>
<button type="submit" class="button">[[twofactor.codes.button]]</button>
</form>
</section>
<section aria-labelledby="twofactor-off-heading">
<h2 id="twofactor-off-heading">[[twofactor.off.heading]]</h2>
{{#ROLE_KEEPS}}<p id="twofactor-off"{{#OFF_ERROR}} class="field__error"{{/OFF_ERROR}}>[[twofactor.off.required]]</p>
{{/ROLE_KEEPS}}{{#OFF_FORM}}<p>[[twofactor.off.text]]</p>
<form method="post" action="[[@prefix]]/omat-tiedot/kaksivaiheinen/poista" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#OFF_PASSWORD_ERROR}} field--error{{/OFF_PASSWORD_ERROR}}">
<label for="twofactor-off_password">[[account.field.current_password]]</label>
{{#OFF_PASSWORD_ERROR}}<p class="field__error" id="twofactor-off_password-error">{{MESSAGE}}</p>
{{/OFF_PASSWORD_ERROR}}<input id="twofactor-off_password" name="off_password" type="password" autocomplete="current-password"{{#OFF_PASSWORD_ERROR}} aria-invalid="true" aria-describedby="twofactor-off_password-error"{{/OFF_PASSWORD_ERROR}}>
</div>
<div class="field{{#OFF_CODE_ERROR}} field--error{{/OFF_CODE_ERROR}}">
<label for="twofactor-off_code">[[twofactor.field.off_code]]</label>
<p class="field__hint" id="twofactor-off_code-hint">[[account.totp.hint]]</p>
{{#OFF_CODE_ERROR}}<p class="field__error" id="twofactor-off_code-error">{{MESSAGE}}</p>
{{/OFF_CODE_ERROR}}<input id="twofactor-off_code" name="off_code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" maxlength="20" aria-describedby="twofactor-off_code-hint{{#OFF_CODE_ERROR}} twofactor-off_code-error{{/OFF_CODE_ERROR}}"{{#OFF_CODE_ERROR}} aria-invalid="true"{{/OFF_CODE_ERROR}}>
</div>
<button type="submit" class="button button--danger">[[twofactor.off.button]]</button>
</form>
{{/OFF_FORM}}</section>
{{/ENABLED}}<p><a href="[[@prefix]]/omat-tiedot">[[twofactor.back]]</a></p>
</div>
