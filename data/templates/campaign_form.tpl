{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' campaign form (/toimitus/kampanjat/uusi, /toimitus/kampanjat/{slug}/muokkaa): every field of a campaign but its awards in groups, the categories, criteria and jurors as rows (more rows without JavaScript), errors beside the inputs and summarised at the top. Values: src/tori/web/campaigns/campaign_form.cpp and campaign_form_view.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/kampanjat">[[campaigns.editor.list_title]]</a></p>
<div class="event-form campaign-form">
{{#EDITING}}<h1>[[campaign_editor.edit_heading]]: <span lang="fi">{{CAMPAIGN_NAME}}</span></h1>
<p>[[campaign_editor.address]] <code>/kampanjat/{{SLUG}}</code> · <a href="[[@prefix]]/kampanjat/{{SLUG}}">[[campaign_editor.view_campaign]]</a> · <a href="[[@prefix]]/toimitus/kampanjat/{{SLUG}}">[[campaign_editor.view_entries]]</a></p>
<p class="notice">[[campaign_editor.awards_kept]]</p>
{{/EDITING}}{{#CREATING}}<h1>[[campaign_editor.new_title]]</h1>
{{/CREATING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="campaign-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#GROUP}}<fieldset class="event-form__group" id="campaign-{{GROUP_NAME}}"{{#GROUP_DESCRIBED}} aria-describedby="{{IDS}}"{{/GROUP_DESCRIBED}}>
<legend>{{LEGEND}}</legend>
{{#GROUP_HINT}}<p class="field__hint" id="campaign-{{GROUP_NAME}}-hint">{{TEXT}}</p>
{{/GROUP_HINT}}{{#GROUP_ERROR}}<p class="field__error" id="campaign-{{GROUP_NAME}}-error">{{MESSAGE}}</p>
{{/GROUP_ERROR}}{{#FIELD}}{{>INPUT}}{{/FIELD}}{{#ROW}}<fieldset class="event-form__row">
<legend>{{ROW_LEGEND}}</legend>
{{#ROW_STORED}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/ROW_STORED}}{{#FIELD}}{{>INPUT}}{{/FIELD}}</fieldset>
{{/ROW}}{{#MORE}}<p><button type="submit" class="button button--secondary" name="action" value="more-rows">[[campaign_editor.more_rows]]<span class="visually-hidden"> ({{LEGEND}})</span></button></p>
{{/MORE}}</fieldset>
{{/GROUP}}<p class="event-form__buttons"><button type="submit" class="button" name="action" value="save">{{SAVE}}</button></p>
</form>
</div>
