{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' episode form (/toimitus/podcast/uusi, …/{jakso}/muokkaa): address, kind, title, Markdown description, publication time (a later one schedules it), the audio file (kept once uploaded), duration, episode and season numbers, transcript, language, practices discussed, a webinar's video; a preview of the description; errors beside the inputs. Values: src/tori/web/podcast/episode_editor.cpp and episode_form.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/podcast">[[episode_editor.list.title]]</a></p>
<div class="event-form page-form">
<h1>{{HEADING}}</h1>
{{#EDITING}}<p>[[episode_editor.address]] <a href="[[@prefix]]/podcast/{{SLUG}}">/podcast/{{SLUG}}</a></p>
{{/EDITING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="episode-form" method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#CREATING}}<div class="field{{#SLUG_ERROR}} field--error{{/SLUG_ERROR}}">
<label for="episode-slug">[[episode_editor.field.slug]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="episode-slug-hint">[[episode_editor.field.slug_hint]]</p>
{{#SLUG_ERROR}}<p class="field__error" id="episode-slug-error">{{MESSAGE}}</p>
{{/SLUG_ERROR}}<input id="episode-slug" name="slug" type="text" value="{{SLUG}}" maxlength="80" spellcheck="false" aria-describedby="episode-slug-hint{{#SLUG_ERROR}} episode-slug-error{{/SLUG_ERROR}}"{{#SLUG_ERROR}} aria-invalid="true"{{/SLUG_ERROR}}>
</div>
{{/CREATING}}<div class="field{{#KIND_ERROR}} field--error{{/KIND_ERROR}}">
<label for="episode-kind">[[episode_editor.field.kind]]</label>
{{#KIND_ERROR}}<p class="field__error" id="episode-kind-error">{{MESSAGE}}</p>
{{/KIND_ERROR}}<select id="episode-kind" name="kind"{{#KIND_ERROR}} aria-describedby="episode-kind-error" aria-invalid="true"{{/KIND_ERROR}}>
{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/KIND_OPTION}}</select>
</div>
<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="episode-title">[[episode_editor.field.title]] <span class="field__required">([[registration.required]])</span></label>
{{#TITLE_ERROR}}<p class="field__error" id="episode-title-error">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="episode-title" name="title" type="text" value="{{TITLE}}" maxlength="200"{{#TITLE_ERROR}} aria-describedby="episode-title-error" aria-invalid="true"{{/TITLE_ERROR}}>
</div>
<div class="field{{#DESCRIPTION_ERROR}} field--error{{/DESCRIPTION_ERROR}}">
<label for="episode-description">[[episode_editor.field.description]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="episode-description-hint">[[episode_editor.field.description_hint]]</p>
{{#DESCRIPTION_ERROR}}<p class="field__error" id="episode-description-error">{{MESSAGE}}</p>
{{/DESCRIPTION_ERROR}}<textarea id="episode-description" name="description" rows="8" aria-describedby="episode-description-hint{{#DESCRIPTION_ERROR}} episode-description-error{{/DESCRIPTION_ERROR}}"{{#DESCRIPTION_ERROR}} aria-invalid="true"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION:pre_escape}}</textarea>
</div>
<fieldset class="event-form__group">
<legend>[[episode_editor.field.published]]</legend>
<p class="field__hint">[[episode_editor.field.published_hint]]</p>
<div class="field event-form__short{{#DATE_ERROR}} field--error{{/DATE_ERROR}}">
<label for="episode-date">[[episode_editor.field.date]]</label>
{{#DATE_ERROR}}<p class="field__error" id="episode-date-error">{{MESSAGE}}</p>
{{/DATE_ERROR}}<input id="episode-date" name="date" type="text" value="{{DATE}}" maxlength="10" autocomplete="off"{{#DATE_ERROR}} aria-describedby="episode-date-error" aria-invalid="true"{{/DATE_ERROR}}>
</div>
<div class="field event-form__short{{#TIME_ERROR}} field--error{{/TIME_ERROR}}">
<label for="episode-time">[[episode_editor.field.time]]</label>
{{#TIME_ERROR}}<p class="field__error" id="episode-time-error">{{MESSAGE}}</p>
{{/TIME_ERROR}}<input id="episode-time" name="time" type="text" value="{{TIME}}" maxlength="5" autocomplete="off"{{#TIME_ERROR}} aria-describedby="episode-time-error" aria-invalid="true"{{/TIME_ERROR}}>
</div>
</fieldset>
<div class="field{{#AUDIO_ERROR}} field--error{{/AUDIO_ERROR}}">
<label for="episode-audio">[[episode_editor.field.audio]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="episode-audio-hint">{{AUDIO_HINT}}</p>
{{#AUDIO}}<p class="field__hint" id="episode-audio-kept">{{KEPT}}</p>
<input type="hidden" name="audio_file" value="{{FILE}}">
{{/AUDIO}}{{#AUDIO_ERROR}}<p class="field__error" id="episode-audio-error">{{MESSAGE}}</p>
{{/AUDIO_ERROR}}<input id="episode-audio" name="audio" type="file" accept="audio/mpeg,audio/mp4,audio/ogg,audio/wav,.mp3,.m4a,.ogg,.oga,.opus,.wav" aria-describedby="episode-audio-hint{{#AUDIO}} episode-audio-kept{{/AUDIO}}{{#AUDIO_ERROR}} episode-audio-error{{/AUDIO_ERROR}}"{{#AUDIO_ERROR}} aria-invalid="true"{{/AUDIO_ERROR}}>
</div>
<div class="field{{#DURATION_ERROR}} field--error{{/DURATION_ERROR}}">
<label for="episode-duration">[[episode_editor.field.duration]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="episode-duration-hint">[[episode_editor.field.duration_hint]]</p>
{{#DURATION_ERROR}}<p class="field__error" id="episode-duration-error">{{MESSAGE}}</p>
{{/DURATION_ERROR}}<input id="episode-duration" name="duration" type="text" value="{{DURATION}}" maxlength="8" autocomplete="off" aria-describedby="episode-duration-hint{{#DURATION_ERROR}} episode-duration-error{{/DURATION_ERROR}}"{{#DURATION_ERROR}} aria-invalid="true"{{/DURATION_ERROR}}>
</div>
<div class="field event-form__short{{#EPISODE_NUMBER_ERROR}} field--error{{/EPISODE_NUMBER_ERROR}}">
<label for="episode-episode_number">[[episode_editor.field.episode_number]]</label>
{{#EPISODE_NUMBER_ERROR}}<p class="field__error" id="episode-episode_number-error">{{MESSAGE}}</p>
{{/EPISODE_NUMBER_ERROR}}<input id="episode-episode_number" name="episode_number" type="text" value="{{EPISODE_NUMBER}}" maxlength="4" inputmode="numeric"{{#EPISODE_NUMBER_ERROR}} aria-describedby="episode-episode_number-error" aria-invalid="true"{{/EPISODE_NUMBER_ERROR}}>
</div>
<div class="field event-form__short{{#SEASON_NUMBER_ERROR}} field--error{{/SEASON_NUMBER_ERROR}}">
<label for="episode-season_number">[[episode_editor.field.season_number]]</label>
{{#SEASON_NUMBER_ERROR}}<p class="field__error" id="episode-season_number-error">{{MESSAGE}}</p>
{{/SEASON_NUMBER_ERROR}}<input id="episode-season_number" name="season_number" type="text" value="{{SEASON_NUMBER}}" maxlength="4" inputmode="numeric"{{#SEASON_NUMBER_ERROR}} aria-describedby="episode-season_number-error" aria-invalid="true"{{/SEASON_NUMBER_ERROR}}>
</div>
<div class="field{{#TRANSCRIPT_ERROR}} field--error{{/TRANSCRIPT_ERROR}}">
<label for="episode-transcript">[[episode_editor.field.transcript]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="episode-transcript-hint">[[episode_editor.field.transcript_hint]]</p>
{{#TRANSCRIPT_ERROR}}<p class="field__error" id="episode-transcript-error">{{MESSAGE}}</p>
{{/TRANSCRIPT_ERROR}}<textarea id="episode-transcript" name="transcript" rows="14" aria-describedby="episode-transcript-hint{{#TRANSCRIPT_ERROR}} episode-transcript-error{{/TRANSCRIPT_ERROR}}"{{#TRANSCRIPT_ERROR}} aria-invalid="true"{{/TRANSCRIPT_ERROR}}>{{TRANSCRIPT:pre_escape}}</textarea>
</div>
<div class="field{{#LANGUAGE_ERROR}} field--error{{/LANGUAGE_ERROR}}">
<label for="episode-language">[[episode_editor.field.language]]</label>
{{#LANGUAGE_ERROR}}<p class="field__error" id="episode-language-error">{{MESSAGE}}</p>
{{/LANGUAGE_ERROR}}<select id="episode-language" name="language"{{#LANGUAGE_ERROR}} aria-describedby="episode-language-error" aria-invalid="true"{{/LANGUAGE_ERROR}}>
{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/LANGUAGE_OPTION}}</select>
</div>
<div class="field{{#PRACTICES_ERROR}} field--error{{/PRACTICES_ERROR}}">
<label for="episode-practices">[[episode_editor.field.practices]]</label>
<p class="field__hint" id="episode-practices-hint">[[episode_editor.field.practices_hint]]</p>
{{#PRACTICES_ERROR}}<p class="field__error" id="episode-practices-error">{{MESSAGE}}</p>
{{/PRACTICES_ERROR}}<input id="episode-practices" name="practices" type="text" value="{{PRACTICES}}" aria-describedby="episode-practices-hint{{#PRACTICES_ERROR}} episode-practices-error{{/PRACTICES_ERROR}}"{{#PRACTICES_ERROR}} aria-invalid="true"{{/PRACTICES_ERROR}}>
</div>
<div class="field{{#RECORDING_URL_ERROR}} field--error{{/RECORDING_URL_ERROR}}">
<label for="episode-recording_url">[[episode_editor.field.recording_url]]</label>
<p class="field__hint" id="episode-recording_url-hint">[[episode_editor.field.recording_url_hint]]</p>
{{#RECORDING_URL_ERROR}}<p class="field__error" id="episode-recording_url-error">{{MESSAGE}}</p>
{{/RECORDING_URL_ERROR}}<input id="episode-recording_url" name="recording_url" type="text" value="{{RECORDING_URL}}" maxlength="2000" spellcheck="false" aria-describedby="episode-recording_url-hint{{#RECORDING_URL_ERROR}} episode-recording_url-error{{/RECORDING_URL_ERROR}}"{{#RECORDING_URL_ERROR}} aria-invalid="true"{{/RECORDING_URL_ERROR}}>
</div>
{{#PREVIEW}}<section class="page-form__preview" aria-labelledby="episode-preview">
<h2 id="episode-preview">[[episode_editor.preview]]</h2>
<div class="prose">{{HTML:none}}</div>
</section>
{{/PREVIEW}}<p class="event-form__buttons"><button type="submit" class="button button--secondary" name="action" value="preview">[[episode_editor.preview_button]]</button> <button type="submit" class="button" name="action" value="save">[[episode_editor.save]]</button></p>
</form>
{{#EDITING}}<form id="episode-delete-form" class="page-form__delete" method="post" action="{{DELETE}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<h2>[[episode_editor.delete_heading]]</h2>
<p>[[episode_editor.delete_text]]</p>
<div class="field{{#DELETE_ERROR}} field--error{{/DELETE_ERROR}}">
{{#DELETE_ERROR}}<p class="field__error" id="episode-delete-error">{{MESSAGE}}</p>
{{/DELETE_ERROR}}<div class="choice"><input id="episode-delete" name="confirm" type="checkbox" value="1"{{#DELETE_ERROR}} aria-describedby="episode-delete-error" aria-invalid="true"{{/DELETE_ERROR}}> <label for="episode-delete">[[episode_editor.delete_confirm]]</label></div>
</div>
<p><button type="submit" class="button button--danger">[[episode_editor.delete_button]]</button></p>
</form>
{{/EDITING}}</div>
