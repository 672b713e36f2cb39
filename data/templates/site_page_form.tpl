{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' page form (/toimitus/sivut/uusi, /toimitus/sivut/{key}/muokkaa): the key, a title and a Markdown body per language with a preview, the place in the navigation; errors beside the inputs and summarised at the top; deleting the page. Values: src/tori/web/site_pages/page_editor.cpp and page_form.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/sivut">[[site_pages.list.title]]</a></p>
<div class="event-form page-form">
<h1>{{HEADING}}</h1>
{{#EDITING}}<p>[[site_pages.address]] <code>/{{SLUG}}</code> · <a href="[[@prefix]]/{{SLUG}}">[[site_pages.view]]</a></p>
{{/EDITING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="page-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#CREATING}}<div class="field{{#SLUG_ERROR}} field--error{{/SLUG_ERROR}}">
<label for="page-slug">[[site_pages.field.slug]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="page-slug-hint">[[site_pages.field.slug_hint]]</p>
{{#SLUG_ERROR}}<p class="field__error" id="page-slug-error">{{MESSAGE}}</p>
{{/SLUG_ERROR}}<input id="page-slug" name="slug" type="text" value="{{SLUG}}" maxlength="60" spellcheck="false" aria-describedby="page-slug-hint{{#SLUG_ERROR}} page-slug-error{{/SLUG_ERROR}}"{{#SLUG_ERROR}} aria-invalid="true"{{/SLUG_ERROR}}>
</div>
{{/CREATING}}{{#VERSION}}<fieldset class="event-form__group" id="page-{{CODE}}" lang="{{CODE}}">
<legend lang="[[@lang]]">{{LANGUAGE}}</legend>
<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="page-{{CODE}}_title" lang="[[@lang]]">[[site_pages.field.title]]{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</label>
{{#TITLE_ERROR}}<p class="field__error" id="page-{{CODE}}_title-error" lang="[[@lang]]">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="page-{{CODE}}_title" name="{{CODE}}_title" type="text" value="{{TITLE}}" maxlength="150"{{#TITLE_ERROR}} aria-describedby="page-{{CODE}}_title-error" aria-invalid="true"{{/TITLE_ERROR}}>
</div>
<div class="field{{#BODY_ERROR}} field--error{{/BODY_ERROR}}">
<label for="page-{{CODE}}_body" lang="[[@lang]]">[[site_pages.field.body]]{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</label>
<p class="field__hint" id="page-{{CODE}}_body-hint" lang="[[@lang]]">[[site_pages.field.body_hint]]</p>
{{#BODY_ERROR}}<p class="field__error" id="page-{{CODE}}_body-error" lang="[[@lang]]">{{MESSAGE}}</p>
{{/BODY_ERROR}}<textarea id="page-{{CODE}}_body" name="{{CODE}}_body" rows="16" aria-describedby="page-{{CODE}}_body-hint{{#BODY_ERROR}} page-{{CODE}}_body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY:pre_escape}}</textarea>
</div>
{{#PREVIEW}}<section class="page-form__preview" aria-labelledby="page-{{CODE}}-preview">
<h2 id="page-{{CODE}}-preview" lang="[[@lang]]">[[site_pages.preview]]: {{LANGUAGE}}</h2>
<div class="prose">{{PREVIEW_HTML:none}}</div>
</section>
{{/PREVIEW}}</fieldset>
{{/VERSION}}<fieldset class="event-form__group" id="page-navigation">
<legend>[[site_pages.field.navigation]]</legend>
<div class="field event-form__check"><div class="choice"><input id="page-in_nav" name="in_nav" type="checkbox" value="1"{{#IN_NAV}} checked{{/IN_NAV}}> <label for="page-in_nav">[[site_pages.field.in_nav]]</label></div></div>
<div class="field event-form__short{{#NAV_POSITION_ERROR}} field--error{{/NAV_POSITION_ERROR}}">
<label for="page-nav_position">[[site_pages.field.position]]</label>
<p class="field__hint" id="page-nav_position-hint">[[site_pages.field.position_hint]]</p>
{{#NAV_POSITION_ERROR}}<p class="field__error" id="page-nav_position-error">{{MESSAGE}}</p>
{{/NAV_POSITION_ERROR}}<input id="page-nav_position" name="nav_position" type="text" inputmode="numeric" value="{{NAV_POSITION}}" maxlength="2" aria-describedby="page-nav_position-hint{{#NAV_POSITION_ERROR}} page-nav_position-error{{/NAV_POSITION_ERROR}}"{{#NAV_POSITION_ERROR}} aria-invalid="true"{{/NAV_POSITION_ERROR}}>
</div>
</fieldset>
<p class="event-form__buttons"><button type="submit" class="button button--secondary" name="action" value="preview">[[site_pages.preview_button]]</button> <button type="submit" class="button" name="action" value="save">[[site_pages.save]]</button></p>
</form>
{{#EDITING}}<form method="post" action="{{DELETE_ACTION}}" class="page-form__delete">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit" class="button button--danger">[[site_pages.delete]]</button></p>
</form>
{{/EDITING}}</div>
