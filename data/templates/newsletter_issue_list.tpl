{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' newsletters (/toimitus/uutiskirjeet): drafts first, then the issues sent with their counts; a link to a new issue and to the public archive. Values: src/tori/web/newsletter/issue_editor.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[newsletter_issue.list.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[newsletter_issue.list.lead]] <a href="[[@prefix]]/uutiskirje/arkisto">[[newsletter_archive.title]]</a></p>
<p><a class="button" href="[[@prefix]]/toimitus/uutiskirjeet/uusi">[[newsletter_issue.new_link]]</a></p>
{{#EMPTY}}<p>[[newsletter_issue.list.empty]]</p>
{{/EMPTY}}<div class="table-scroll" tabindex="0" role="region" aria-label="[[newsletter_issue.list.title]]">
<table class="data-table">
<thead><tr><th scope="col">[[newsletter_issue.col.subject]]</th><th scope="col">[[newsletter_issue.col.state]]</th><th scope="col">[[newsletter_issue.col.language]]</th><th scope="col">[[newsletter_issue.col.sent]]</th><th scope="col">[[newsletter_issue.col.counts]]</th></tr></thead>
<tbody>
{{#ISSUE}}<tr><th scope="row"><a href="{{URL}}">{{SUBJECT}}</a></th><td>{{STATE}}</td><td>{{LANGUAGE}}</td><td>{{WHEN}}</td><td>{{COUNTS}}</td></tr>
{{/ISSUE}}</tbody>
</table>
</div>
