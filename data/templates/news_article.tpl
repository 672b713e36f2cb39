{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One news article (/uutiset/{slug}): title, lead, date and author, pictures with captions and credits, the body, credit line, keywords, related events and practices, share links. Values: src/tori/web/news/news_article_page.cpp. }}
<article class="news-article" lang="{{LANG}}">
<h1>{{TITLE}}</h1>
{{#SCHEDULED}}<p class="notice" role="status" lang="[[@lang]]">{{SCHEDULED_TEXT}}</p>
{{/SCHEDULED}}<p class="news-article__meta" lang="[[@lang]]">[[news.article.published]] <time datetime="{{DATETIME}}">{{DATE}}</time>{{#HAS_AUTHOR}} · [[news.article.author]] {{AUTHOR}}{{/HAS_AUTHOR}}</p>
{{#HAS_LEAD}}<p class="lead">{{LEAD}}</p>
{{/HAS_LEAD}}{{#FIGURE}}<figure class="news-article__figure">
<img src="{{URL}}" alt="{{ALT}}" width="{{WIDTH}}" height="{{HEIGHT}}">
{{#HAS_CAPTION}}<figcaption>{{CAPTION}}{{#HAS_CREDIT}} <span class="news-article__credit">{{CREDIT}}</span>{{/HAS_CREDIT}}</figcaption>
{{/HAS_CAPTION}}</figure>
{{/FIGURE}}<div class="news-article__body">
{{BODY:none}}
</div>
{{#HAS_CREDIT_LINE}}<p class="news-article__credit-line">{{CREDIT_LINE}}</p>
{{/HAS_CREDIT_LINE}}</article>
<aside class="news-article__related" aria-label="[[news.article.keywords]]">
{{#HAS_KEYWORDS}}<h2>[[news.article.keywords]]</h2>
<ul class="news-article__keywords">
{{#KEYWORD}}<li><a href="{{URL}}" lang="{{LANG}}">{{NAME}}</a></li>
{{/KEYWORD}}</ul>
{{/HAS_KEYWORDS}}{{#HAS_EVENTS}}<h2>[[news.article.events]]</h2>
<ul>
{{#EVENT}}<li><a href="{{URL}}">{{TITLE}}</a> <time datetime="{{DATETIME}}">{{DATE}}</time></li>
{{/EVENT}}</ul>
{{/HAS_EVENTS}}{{#HAS_PRACTICES}}<h2>[[news.article.practices]]</h2>
<ul>
{{#PRACTICE}}<li><a href="{{URL}}">{{TITLE}}</a></li>
{{/PRACTICE}}</ul>
{{/HAS_PRACTICES}}<h2>[[news.share.heading]]</h2>
<ul class="practice__share">
<li><a href="{{SHARE_FACEBOOK}}" rel="noopener">Facebook</a></li>
<li><a href="{{SHARE_LINKEDIN}}" rel="noopener">LinkedIn</a></li>
<li><a href="{{SHARE_X}}" rel="noopener">X</a></li>
<li><a href="{{SHARE_WHATSAPP}}" rel="noopener">WhatsApp</a></li>
<li><a href="{{SHARE_EMAIL:none}}" rel="noopener">[[news.share.email]]</a></li>
</ul>
<p><a href="{{BACK_URL}}">[[news.back]]</a></p>
</aside>
