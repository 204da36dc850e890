</main><footer><p>Fylde Coast Careers</p></footer></body></html>
