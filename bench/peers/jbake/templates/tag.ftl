<#include "header.ftl">
<h1>${tag}</h1>
<ul><#list tag_posts as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a><#if p.summary??> <span>${p.summary}</span></#if></li></#list></ul>
<#include "footer.ftl">
