{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One campaign's entries for the editors (/toimitus/kampanjat/{slug}): each entry with a form of its categories, to move it into or out of them. Values: src/tori/web/campaigns/campaign_editor_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/kampanjat">[[campaigns.editor.list_title]]</a></p>
<h1 lang="fi">{{HEADING}}</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[campaigns.editor.lead]] <a href="{{PUBLIC_URL}}">[[campaigns.editor.public_link]]</a></p>
<p><a href="{{EDIT_URL}}">[[campaign_editor.edit_campaign]]</a> · <a href="{{DRAFT_URL}}">[[campaigns.draft.link]]</a></p>
{{#JURY}}<section id="jury" aria-labelledby="jury-heading">
<h2 id="jury-heading">[[campaigns.jury.heading]]</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="jury-heading">
<table class="data-table">
<thead><tr><th scope="col">[[jury.admin.col.juror]]</th><th scope="col">[[jury.admin.col.status]]</th><th scope="col">[[jury.admin.col.action]]</th></tr></thead>
<tbody>
{{#JUROR}}<tr><th scope="row">{{NAME}}{{#ROLE}}, <span lang="fi">{{ROLE_TEXT}}</span>{{/ROLE}}</th><td>{{STATUS}}</td><td>{{#INVITE}}<form method="post" action="{{ACTION}}"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit">[[jury.admin.invite]]<span class="visually-hidden">: {{NAME}}</span></button></form>{{/INVITE}}{{#MAKE_CHAIR}}<form method="post" action="{{ACTION}}"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit">[[jury.admin.make_chair]]<span class="visually-hidden">: {{NAME}}</span></button></form>{{/MAKE_CHAIR}}</td></tr>
{{/JUROR}}</tbody>
</table>
</div>
</section>
{{/JURY}}<h2>[[campaigns.entries.heading]]</h2>
{{#NO_ENTRIES}}<p>[[campaigns.editor.no_entries]]</p>
{{/NO_ENTRIES}}{{#HAS_ENTRIES}}<ol class="campaign-entries">
{{#ENTRY}}<li id="entry-{{SLUG}}" class="campaign-entries__entry">
<h2><a href="[[@prefix]]/teot/{{SLUG}}" lang="{{LANG}}">{{TITLE}}</a></h2>
<p>{{ORGANISATIONS}}</p>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset>
<legend>[[campaigns.editor.categories]]<span class="visually-hidden">: {{TITLE}}</span></legend>
{{#CATEGORY}}<div class="choice"><input type="checkbox" id="{{ID}}" name="category" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}" lang="fi">{{NAME}}</label></div>
{{/CATEGORY}}</fieldset>
<button type="submit">[[campaigns.editor.save]]<span class="visually-hidden">: {{TITLE}}</span></button>
</form>
</li>
{{/ENTRY}}</ol>
{{/HAS_ENTRIES}}
