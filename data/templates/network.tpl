{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One development network (/verkostot/{slug}): period, leaders, goals, member organisations, meetings, the practices it produced, and the board of ideas when it is public. Values: src/tori/web/networks/network_pages.cpp and network_view.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/verkostot">[[networks.list.title]]</a></p>
<article class="network">
<h1 lang="fi">{{NAME}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>
{{/NOTICE}}<dl class="network__facts">
<dt>[[networks.fact.period]]</dt><dd>{{PERIOD}}</dd>
<dt>[[networks.fact.members]]</dt><dd>{{MEMBER_COUNT}}</dd>
</dl>
<ul class="network__actions">
<li><a href="{{AREA_URL}}">[[networks.area.link]]</a></li>
<li><a href="{{JOIN_URL}}">[[networks.join.link]]</a></li>
</ul>
<section aria-labelledby="network-goals">
<h2 id="network-goals">[[networks.goals.heading]]</h2>
<div class="prose" lang="fi">
{{GOALS:none}}
</div>
</section>
{{#LEADERS}}<section aria-labelledby="network-leaders">
<h2 id="network-leaders">[[networks.leaders.heading]]</h2>
<ul class="network__leaders">
{{#LEADER}}<li>{{NAME}}{{#HAS_ROLE}}, <span lang="fi">{{ROLE}}</span>{{/HAS_ROLE}}</li>
{{/LEADER}}</ul>
</section>
{{/LEADERS}}<section aria-labelledby="network-members">
<h2 id="network-members">[[networks.members.heading]]</h2>
<ul class="network__members">
{{#MEMBER}}<li><a href="{{URL}}" lang="fi">{{NAME}}</a>{{#HAS_MUNICIPALITY}} <span class="network__municipality" lang="fi">({{MUNICIPALITY}})</span>{{/HAS_MUNICIPALITY}}</li>
{{/MEMBER}}</ul>
</section>
<section aria-labelledby="network-meetings">
<h2 id="network-meetings">[[networks.meetings.heading]]</h2>
{{#NO_UPCOMING}}<p>[[networks.meetings.none_upcoming]]</p>
{{/NO_UPCOMING}}{{#UPCOMING}}<h3>[[networks.meetings.upcoming]]</h3>
<ul class="network__meetings">
{{#MEETING}}<li><time datetime="{{DATETIME}}">{{DATE}}</time>{{#HAS_PLACE}}, <span lang="fi">{{PLACE}}</span>{{/HAS_PLACE}}{{#REMOTE}} · [[networks.meetings.remote]]{{/REMOTE}}{{#EVENT}} · <a href="{{EVENT_URL}}">[[networks.meetings.event_link]]<span class="visually-hidden"> {{DATE}}</span></a>{{/EVENT}}</li>
{{/MEETING}}</ul>
{{/UPCOMING}}{{#PAST}}<h3>[[networks.meetings.past]]</h3>
<ul class="network__meetings">
{{#MEETING}}<li><time datetime="{{DATETIME}}">{{DATE}}</time>{{#HAS_PLACE}}, <span lang="fi">{{PLACE}}</span>{{/HAS_PLACE}}{{#REMOTE}} · [[networks.meetings.remote]]{{/REMOTE}}{{#EVENT}} · <a href="{{EVENT_URL}}">[[networks.meetings.event_link]]<span class="visually-hidden"> {{DATE}}</span></a>{{/EVENT}}</li>
{{/MEETING}}</ul>
{{/PAST}}</section>
{{#RESULTS}}<section aria-labelledby="network-results">
<h2 id="network-results">[[networks.results.heading]]</h2>
<ul class="network__results">
{{#RESULT}}<li><a href="{{URL}}" lang="fi">{{TITLE}}</a></li>
{{/RESULT}}</ul>
</section>
{{/RESULTS}}<section aria-labelledby="network-board">
<h2 id="network-board">[[networks.board.heading]]</h2>
{{#BOARD_MEMBERS}}<p>[[networks.board.members_only]]</p>
{{/BOARD_MEMBERS}}{{#BOARD}}<p>[[networks.board.lead]]</p>
{{#QUADRANT}}<h3 id="board-{{KEY}}">{{NAME}}</h3>
{{#NO_IDEAS}}<p>[[networks.board.empty]]</p>
{{/NO_IDEAS}}{{#IDEAS}}<ul class="network__ideas">
{{#IDEA}}<li lang="fi">{{TEXT}}</li>
{{/IDEA}}</ul>
{{/IDEAS}}{{/QUADRANT}}{{#FORWARDS}}<h3>[[networks.forwards.heading]]</h3>
<ul class="network__forwards">
{{#FORWARD}}<li><p><time datetime="{{DATETIME}}">{{DATE}}</time>: [[networks.forwards.to]] <span lang="fi">{{TO}}</span></p>
{{#HAS_NOTE}}<p lang="fi">{{NOTE}}</p>
{{/HAS_NOTE}}<ul>
{{#ITEM}}<li><span class="network__quadrant">{{QUADRANT}}:</span> <span lang="fi">{{TEXT}}</span></li>
{{/ITEM}}</ul>
</li>
{{/FORWARD}}</ul>
{{/FORWARDS}}{{/BOARD}}</section>
</article>
