{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! My account (/omat-tiedot): the address with a link to change it, name and language, a new password, two-factor sign-in, my data, deleting the account, logging out. Values: src/tori/web/account/my_account_page.cpp. }}
<div class="account-form">
<h1>[[account.mine.heading]]</h1>
{{#DONE_SECTION}}<p class="notice notice--success" role="status">{{DONE}}</p>
{{/DONE_SECTION}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[account.mine.signed_in_as]] <strong>{{EMAIL}}</strong></p>
<p><a href="[[@prefix]]/omat-tiedot/sahkoposti">[[account.mine.change_email]]</a></p>
<form method="post" action="[[@prefix]]/kirjaudu/ulos">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="button button--secondary">[[account.mine.logout]]</button>
</form>
<section aria-labelledby="mine-practices-heading">
<h2 id="mine-practices-heading">[[account.mine.practices]]</h2>
{{#NO_PRACTICES}}<p>[[account.mine.no_practices]]</p>
{{/NO_PRACTICES}}<ul>
{{#PRACTICE}}<li><a href="{{URL}}">{{TITLE}}</a> ({{STATE}})</li>
{{/PRACTICE}}</ul>
<ul class="account-form__links">
<li><a href="[[@prefix]]/teot/uusi">[[account.mine.new_practice]]</a></li>
<li><a href="[[@prefix]]/omat-tiedot/organisaatiot">[[account.mine.organisations]]</a></li>
{{#EDITOR}}<li><a href="[[@prefix]]/toimitus">[[account.mine.editorial]]</a></li>
<li><a href="[[@prefix]]/toimitus/jasenyydet">[[account.mine.membership_requests]]</a></li>
{{/EDITOR}}</ul>
</section>
<section aria-labelledby="mine-profile-heading">
<h2 id="mine-profile-heading">[[account.mine.profile]]</h2>
<form method="post" action="[[@prefix]]/omat-tiedot" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#NAME_ERROR}} field--error{{/NAME_ERROR}}">
<label for="mine-name">[[account.field.name]]</label>
{{#NAME_ERROR}}<p class="field__error" id="mine-name-error">{{MESSAGE}}</p>
{{/NAME_ERROR}}<input id="mine-name" name="name" type="text" autocomplete="name" maxlength="200" value="{{NAME}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="mine-name-error"{{/NAME_ERROR}}>
</div>
<div class="field">
<label for="mine-language">[[account.field.language]]</label>
<select id="mine-language" name="language">
{{#LANGUAGE}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE}}</select>
</div>
<button type="submit" class="button">[[account.mine.save]]</button>
</form>
</section>
<section aria-labelledby="mine-password-heading">
<h2 id="mine-password-heading">[[account.mine.password]]</h2>
<form method="post" action="[[@prefix]]/omat-tiedot/salasana" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#CURRENT_PASSWORD_ERROR}} field--error{{/CURRENT_PASSWORD_ERROR}}">
<label for="mine-current_password">[[account.field.current_password]]</label>
{{#CURRENT_PASSWORD_ERROR}}<p class="field__error" id="mine-current_password-error">{{MESSAGE}}</p>
{{/CURRENT_PASSWORD_ERROR}}<input id="mine-current_password" name="current_password" type="password" autocomplete="current-password"{{#CURRENT_PASSWORD_ERROR}} aria-invalid="true" aria-describedby="mine-current_password-error"{{/CURRENT_PASSWORD_ERROR}}>
</div>
<div class="field{{#PASSWORD_ERROR}} field--error{{/PASSWORD_ERROR}}">
<label for="mine-password">[[account.field.new_password]]</label>
<p class="field__hint" id="mine-password-hint">[[account.field.password_hint]]</p>
{{#PASSWORD_ERROR}}<p class="field__error" id="mine-password-error">{{MESSAGE}}</p>
{{/PASSWORD_ERROR}}<input id="mine-password" name="password" type="password" autocomplete="new-password" aria-describedby="mine-password-hint{{#PASSWORD_ERROR}} mine-password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
</div>
<div class="field">
<label for="mine-password_again">[[account.field.password_again]]</label>
<input id="mine-password_again" name="password_again" type="password" autocomplete="new-password">
</div>
<button type="submit" class="button">[[account.mine.change_password]]</button>
</form>
</section>
<section aria-labelledby="mine-twofactor-heading">
<h2 id="mine-twofactor-heading">[[twofactor.mine.heading]]</h2>
<p>[[twofactor.mine.state]] <strong>{{#TOTP_ENABLED}}[[twofactor.mine.on]]{{/TOTP_ENABLED}}{{#TOTP_DISABLED}}[[twofactor.mine.off]]{{/TOTP_DISABLED}}</strong></p>
<p><a href="[[@prefix]]/omat-tiedot/kaksivaiheinen">[[twofactor.mine.link]]</a></p>
</section>
<section aria-labelledby="mine-data-heading">
<h2 id="mine-data-heading">[[account.mine.data]]</h2>
<p>[[account.mine.data_text]]</p>
<p><a href="[[@prefix]]/omat-tiedot/tiedot.json" download>[[account.mine.download]]</a></p>
</section>
<section aria-labelledby="mine-delete-heading">
<h2 id="mine-delete-heading">[[account.mine.delete]]</h2>
<p>[[account.mine.delete_text]]</p>
<form method="post" action="[[@prefix]]/omat-tiedot/poista" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#DELETE_PASSWORD_ERROR}} field--error{{/DELETE_PASSWORD_ERROR}}">
<label for="mine-delete_password">[[account.field.current_password]]</label>
{{#DELETE_PASSWORD_ERROR}}<p class="field__error" id="mine-delete_password-error">{{MESSAGE}}</p>
{{/DELETE_PASSWORD_ERROR}}<input id="mine-delete_password" name="delete_password" type="password" autocomplete="current-password"{{#DELETE_PASSWORD_ERROR}} aria-invalid="true" aria-describedby="mine-delete_password-error"{{/DELETE_PASSWORD_ERROR}}>
</div>
<button type="submit" class="button button--danger">[[account.mine.delete_button]]</button>
</form>
</section>
</div>
