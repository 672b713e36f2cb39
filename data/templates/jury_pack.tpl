{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A category's jury pack (/raati/{slug}/sarjat/{category}/tulosta): every entry the juror may see, in full, each starting a new printed page. Values: src/tori/web/jury/jury_pack_page.cpp. }}
<p class="breadcrumb"><a href="{{CAMPAIGN_URL}}">[[jury.home.title]]</a></p>
<h1 lang="fi">{{HEADING}}</h1>
<p lang="fi">{{CATEGORY_DESCRIPTION}}</p>
<p class="jury-pack__hint">[[jury.pack.print_hint]]</p>
{{#ENTRY}}<article class="jury-pack__entry" lang="{{LANG}}">
<h2>{{TITLE}}</h2>
<p class="lead">{{SUMMARY}}</p>
{{#NAMED}}<p lang="[[@lang]]">[[practice.meta.organisations]]: <span lang="fi">{{ORGANISATIONS}}</span>{{#HAS_CONTACT}} · {{CONTACT}}{{/HAS_CONTACT}}</p>
{{/NAMED}}{{#SECTION}}<h3>{{HEADING}}</h3>
{{HTML:none}}
{{/SECTION}}</article>
{{/ENTRY}}
