{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' campaigns (/toimitus/kampanjat): each with its phase, its entries and a link to move them between categories. Values: src/tori/web/campaigns/campaign_editor_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[campaigns.editor.list_title]]</h1>
<p>[[campaigns.editor.list_lead]]</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="[[campaigns.editor.list_title]]">
<table class="data-table">
<thead><tr><th scope="col">[[campaigns.editor.col.campaign]]</th><th scope="col">[[campaigns.editor.col.phase]]</th><th scope="col">[[campaigns.editor.col.entries]]</th></tr></thead>
<tbody>
{{#CAMPAIGN}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/kampanjat/{{SLUG}}" lang="fi">{{NAME}}</a></th><td>{{PHASE}}</td><td>{{ENTRIES}}</td></tr>
{{/CAMPAIGN}}</tbody>
</table>
</div>
