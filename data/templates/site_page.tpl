{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An editable page of the site (/{key}, /sv/{key}, /en/{key}): its title and Markdown body, the Finnish version with a note when the page's language is not written. Values: src/tori/web/site_pages/public_page.cpp. }}
{{#FALLBACK}}<p class="notice" role="note">[[site_pages.fallback]]</p>
{{/FALLBACK}}<article class="prose site-page"{{#FALLBACK}} lang="fi"{{/FALLBACK}}>
<h1>{{TITLE}}</h1>
{{BODY:none}}
</article>
<p class="page-updated">[[site_pages.updated]] <time datetime="{{UPDATED_ISO}}">{{UPDATED}}</time></p>
