{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' campaigns (/toimitus/kampanjat): each with its phase, its entries, a link to move them between categories and one to edit the campaign; a link to a new campaign. Values: src/tori/web/campaigns/campaign_editor_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[campaigns.editor.list_title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[campaigns.editor.list_lead]]</p>
<p><a class="button" href="[[@prefix]]/toimitus/kampanjat/uusi">[[campaign_editor.new_link]]</a></p>
<div class="table-scroll" tabindex="0" role="region" aria-label="[[campaigns.editor.list_title]]">
<table class="data-table">
<thead><tr><th scope="col">[[campaigns.editor.col.campaign]]</th><th scope="col">[[campaigns.editor.col.phase]]</th><th scope="col">[[campaigns.editor.col.entries]]</th><th scope="col">[[campaign_editor.col.edit]]</th></tr></thead>
<tbody>
{{#CAMPAIGN}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/kampanjat/{{SLUG}}" lang="fi">{{NAME}}</a></th><td>{{PHASE}}</td><td>{{ENTRIES}}</td><td><a href="[[@prefix]]/toimitus/kampanjat/{{SLUG}}/muokkaa">[[campaign_editor.edit_link]]<span class="visually-hidden">: <span lang="fi">{{NAME}}</span></span></a></td></tr>
{{/CAMPAIGN}}</tbody>
</table>
</div>
