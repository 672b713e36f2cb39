{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The listed development networks (/verkostot): running ones, then ended ones, each with its period, members, leaders and next meeting. Values: src/tori/web/networks/network_pages.cpp. }}
<h1>[[networks.list.title]]</h1>
<p class="lead">[[networks.list.lead]]</p>
{{#NONE}}<p>[[networks.list.none]]</p>
{{/NONE}}{{#RUNNING}}<section aria-labelledby="networks-running">
<h2 id="networks-running">[[networks.list.running]]</h2>
<ul class="network-list">
{{#NETWORK}}<li class="card">
<h3><a href="{{URL}}" lang="fi">{{NAME}}</a></h3>
<p>{{PERIOD}} · {{MEMBERS}}</p>
{{#LEADERS}}<p>[[networks.leaders.label]]: {{NAMES}}</p>
{{/LEADERS}}{{#NEXT}}<p>[[networks.meetings.next]]: <time datetime="{{DATETIME}}">{{DATE}}</time></p>
{{/NEXT}}</li>
{{/NETWORK}}</ul>
</section>
{{/RUNNING}}{{#ENDED}}<section aria-labelledby="networks-ended">
<h2 id="networks-ended">[[networks.list.ended]]</h2>
<ul class="network-list">
{{#NETWORK}}<li class="card">
<h3><a href="{{URL}}" lang="fi">{{NAME}}</a></h3>
<p>{{PERIOD}} · {{MEMBERS}}</p>
{{#LEADERS}}<p>[[networks.leaders.label]]: {{NAMES}}</p>
{{/LEADERS}}</li>
{{/NETWORK}}</ul>
</section>
{{/ENDED}}
