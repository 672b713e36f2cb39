{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The leaders' form of a network's costs (/verkostot/{slug}/kustannukset/muokkaa): paid days and the day fee, the expert days as rows with a checkbox per member organisation (more rows without JavaScript), agreed shares; errors beside the inputs and summarised at the top. Values: src/tori/web/networks/network_costs_form_page.cpp. }}
<p class="breadcrumb"><a href="{{COSTS_URL}}">[[network_costs.form.back]]</a></p>
<div class="event-form network-costs-form">
<h1>[[network_costs.form.heading]]: <span lang="fi">{{NAME}}</span></h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="costs-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset class="event-form__group" id="costs-fees">
<legend>[[network_costs.form.fees]]</legend>
<div class="field event-form__short{{#PAID_DAYS_ERROR}} field--error{{/PAID_DAYS_ERROR}}">
<label for="costs-paid_days">[[network_costs.field.paid_days]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="costs-paid_days-hint">[[network_costs.hint.paid_days]]</p>
{{#PAID_DAYS_ERROR}}<p class="field__error" id="costs-paid_days-error">{{MESSAGE}}</p>
{{/PAID_DAYS_ERROR}}<input id="costs-paid_days" name="paid_days" type="text" inputmode="numeric" maxlength="3" value="{{PAID_DAYS}}" aria-describedby="costs-paid_days-hint{{#PAID_DAYS_ERROR}} costs-paid_days-error{{/PAID_DAYS_ERROR}}"{{#PAID_DAYS_ERROR}} aria-invalid="true"{{/PAID_DAYS_ERROR}}>
</div>
<div class="field event-form__short{{#DAY_FEE_ERROR}} field--error{{/DAY_FEE_ERROR}}">
<label for="costs-day_fee">[[network_costs.field.day_fee]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="costs-day_fee-hint">[[network_costs.hint.day_fee]]</p>
{{#DAY_FEE_ERROR}}<p class="field__error" id="costs-day_fee-error">{{MESSAGE}}</p>
{{/DAY_FEE_ERROR}}<input id="costs-day_fee" name="day_fee" type="text" inputmode="decimal" maxlength="20" value="{{DAY_FEE}}" aria-describedby="costs-day_fee-hint{{#DAY_FEE_ERROR}} costs-day_fee-error{{/DAY_FEE_ERROR}}"{{#DAY_FEE_ERROR}} aria-invalid="true"{{/DAY_FEE_ERROR}}>
</div>
</fieldset>
<fieldset class="event-form__group" id="costs-days" aria-describedby="costs-days-hint{{#DAYS_ERROR}} costs-days-error{{/DAYS_ERROR}}">
<legend>[[network_costs.form.days]]</legend>
<p class="field__hint" id="costs-days-hint">[[network_costs.hint.days]]</p>
{{#DAYS_ERROR}}<p class="field__error" id="costs-days-error">{{MESSAGE}}</p>
{{/DAYS_ERROR}}{{#DAY}}<fieldset class="event-form__row">
<legend>[[network_costs.form.day]] {{NUMBER}}</legend>
<div class="field event-form__short{{#DATE_ERROR}} field--error{{/DATE_ERROR}}">
<label for="costs-day{{N}}_date">[[network_costs.field.date]]</label>
<p class="field__hint" id="costs-day{{N}}_date-hint">[[network_costs.hint.date]]</p>
{{#DATE_ERROR}}<p class="field__error" id="costs-day{{N}}_date-error">{{MESSAGE}}</p>
{{/DATE_ERROR}}<input id="costs-day{{N}}_date" name="day{{N}}_date" type="text" maxlength="10" value="{{DATE}}" aria-describedby="costs-day{{N}}_date-hint{{#DATE_ERROR}} costs-day{{N}}_date-error{{/DATE_ERROR}}"{{#DATE_ERROR}} aria-invalid="true"{{/DATE_ERROR}}>
</div>
<fieldset class="field choices{{#PARTICIPANTS_ERROR}} field--error{{/PARTICIPANTS_ERROR}}" id="costs-day{{N}}_participants"{{#PARTICIPANTS_ERROR}} aria-describedby="costs-day{{N}}_participants-error"{{/PARTICIPANTS_ERROR}}>
<legend>[[network_costs.field.participants]]<span class="visually-hidden"> ([[network_costs.form.day]] {{NUMBER}})</span></legend>
{{#PARTICIPANTS_ERROR}}<p class="field__error" id="costs-day{{N}}_participants-error">{{MESSAGE}}</p>
{{/PARTICIPANTS_ERROR}}{{#NO_MEMBERS}}<p>[[network_costs.form.no_members]]</p>
{{/NO_MEMBERS}}{{#MEMBER}}<div class="choice"><input id="costs-day{{N}}-{{SLUG}}" name="day{{N}}_participant" type="checkbox" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="costs-day{{N}}-{{SLUG}}" lang="fi">{{NAME}}</label></div>
{{/MEMBER}}</fieldset>
</fieldset>
{{/DAY}}<p><button type="submit" class="button button--secondary" name="action" value="more-rows">[[network_costs.form.more_rows]]</button></p>
</fieldset>
<fieldset class="event-form__group" id="costs-shares" aria-describedby="costs-shares-hint">
<legend>[[network_costs.form.shares]]</legend>
<p class="field__hint" id="costs-shares-hint">[[network_costs.hint.shares]]</p>
{{#SHARE}}<div class="field event-form__short{{#ERROR}} field--error{{/ERROR}}">
<label for="costs-share-{{SLUG}}" lang="fi">{{NAME}}</label>
{{#ERROR}}<p class="field__error" id="costs-share-{{SLUG}}-error">{{MESSAGE}}</p>
{{/ERROR}}<input id="costs-share-{{SLUG}}" name="share-{{SLUG}}" type="text" inputmode="numeric" maxlength="4" value="{{VALUE}}"{{#ERROR}} aria-describedby="costs-share-{{SLUG}}-error" aria-invalid="true"{{/ERROR}}>
</div>
{{/SHARE}}</fieldset>
<p class="event-form__buttons"><button type="submit" class="button" name="action" value="save">[[network_costs.form.save]]</button> <a href="{{COSTS_URL}}">[[network_costs.form.cancel]]</a></p>
</form>
</div>
