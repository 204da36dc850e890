<#include "header.ftl">
<#include "menu.ftl">
<article>
<h1>${content.title}</h1>
<p><time>${content.date?string("EEEE d MMMM yyyy")}</time> (${content.status})</p>
${content.body}
<#if (content.tags)??>
<p>Tagged: <#list content.tags as tag><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a><#if tag_has_next>, </#if></#list></p>
</#if>
<#if (content.summary)??><p>Summary: ${content.summary}</p></#if>
</article>
<p><#if (content.previousContent)??><a href="${content.rootpath}${content.previousContent.uri}">Older: ${content.previousContent.title}</a></#if>
<#if (content.nextContent)??><a href="${content.rootpath}${content.nextContent.uri}">Newer: ${content.nextContent.title}</a></#if></p>
<#include "footer.ftl">
