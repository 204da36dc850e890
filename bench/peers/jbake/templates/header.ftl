<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content?? && content.title??>${content.title} | </#if>Fylde Coast Careers</title>
<link rel="stylesheet" href="${content.rootpath!""}css/site.css"></head>
<body><header><a href="${content.rootpath!""}index.html">Fylde Coast Careers</a></header><main>
