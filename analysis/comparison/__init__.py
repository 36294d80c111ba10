"""Writers compared: means and intervals (``stats``), article-clustered comparisons
(``clustered``), and agreement of the measures with hand coding (``agreement``,
``attribution_agreement``)."""
