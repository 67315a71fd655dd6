package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextExtractorTest {

    private final HtmlTextExtractor extractor = new HtmlTextExtractor();

    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="ko"><head>
              <title>반도체 수출 다시 늘어 : 가상일보</title>
              <meta property="og:title" content="반도체 수출 다시 늘어">
              <style>p { color: red }</style>
              <script>var 광고 = "스크립트 본문";</script>
            </head><body>
              <header><a href="/">가상일보</a><nav><ul><li>정치</li><li>경제</li></ul></nav></header>
              <div class="gnb">전체메뉴 로그인</div>
              <article>
                <header><h1>반도체 수출 다시 늘어</h1><p class="byline">김기자 입력 2025.02.03</p></header>
                <div class="article-body" itemprop="articleBody">
                  <p>지난달 반도체 수출이 &lt;1년&gt; 만에 다시 늘었다.&nbsp;정부는 회복세가 이어질 것으로 본다.</p>
                  <p>수출액은 <b>120억 달러</b>로 집계됐다.<br>전년보다 15% 많다.</p>
                  <figure><img src="chip.jpg"><figcaption>사진=가상일보 DB</figcaption></figure>
                  <h2>전망</h2>
                  <ul><li>1분기: 증가</li><li>2분기: 보합</li></ul>
                  <div class="share-buttons"><a>페이스북</a> <a>트위터</a></div>
                  <p>ⓒ 가상일보, 무단 전재 및 재배포 금지</p>
                </div>
                <div id="related-articles"><h3>관련 기사</h3><ul><li><a>메모리 가격 반등</a></li></ul></div>
              </article>
              <aside><h3>많이 본 뉴스</h3><ol><li>연예인 결혼</li></ol></aside>
              <form><input name="q"><button>검색</button></form>
              <iframe src="ad.html"></iframe>
              <footer>회사소개 | 개인정보처리방침 | Copyright © 가상일보</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleAndItsParagraphBreaks() {
        ExtractedHtml page = extractor.extract(NEWS_PAGE);
        assertEquals("반도체 수출 다시 늘어", page.title());
        assertEquals("""
                지난달 반도체 수출이 <1년> 만에 다시 늘었다.\u00A0정부는 회복세가 이어질 것으로 본다.

                수출액은 120억 달러로 집계됐다.
                전년보다 15% 많다.

                전망

                1분기: 증가

                2분기: 보합

                ⓒ 가상일보, 무단 전재 및 재배포 금지""", page.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "스크립트 본문", "정치", "전체메뉴", "김기자", "사진=가상일보", "페이스북", "관련 기사",
            "메모리 가격", "많이 본 뉴스", "검색", "회사소개", "Copyright"
    })
    void dropsBoilerplate(String fragment) {
        assertFalse(extractor.extract(NEWS_PAGE).text().contains(fragment), fragment);
    }

    @Test
    void findsTheDensestBlockWithoutArticleMarkup() {
        String html = """
                <html><head><title>환율 급등</title></head><body>
                <div id="top"><a>홈</a> <a>뉴스</a> <a>스포츠</a></div>
                <div id="wrap"><div class="left">
                  <div class="news_txt">원·달러 환율이 1,450원을 넘었다.<br><br>외환 당국은 시장을 지켜보고 있다.<br>
                  수입 물가도 오를 전망이다.</div>
                  <div class="list"><p>다른 기사 제목</p></div>
                </div></div>
                </body></html>
                """;
        ExtractedHtml page = extractor.extract(html);
        assertEquals("환율 급등", page.title());
        assertEquals("원·달러 환율이 1,450원을 넘었다.\n\n외환 당국은 시장을 지켜보고 있다.\n수입 물가도 오를 전망이다.", page.text());
    }

    @Test
    void titleFallsBackToArticleHeading() {
        ExtractedHtml page = extractor.extract("<main><h1>제목 한 줄</h1><p>본문이다.</p></main>");
        assertEquals("제목 한 줄", page.title());
        assertEquals("제목 한 줄\n\n본문이다.", page.text());
    }

    @Test
    void pageWithoutTitleOrText() {
        ExtractedHtml page = extractor.extract("<html><body><script>x()</script></body></html>");
        assertNull(page.title());
        assertEquals("", page.text());
        assertEquals("", extractor.extract("").text());
        assertEquals("", extractor.extract(null).text());
    }

    @Test
    void hiddenElementsAreDropped() {
        String html = "<article><p>보이는 문장이다.</p><p style=\"display: none\">숨은 문장</p>"
                + "<p hidden>숨은 문단</p><div aria-hidden=\"true\">아이콘</div></article>";
        assertEquals("보이는 문장이다.", extractor.extract(html).text());
    }

    @Test
    void aBadlyNamedWrapperIsKept() {
        String html = "<body><div class=\"ad-free wrapper\"><p>본문 첫 문장이다.</p><p>본문 둘째 문장이다.</p></div>"
                + "<div class=\"ad\">광고</div></body>";
        assertEquals("본문 첫 문장이다.\n\n본문 둘째 문장이다.", extractor.extract(html).text());
    }

    @Test
    void keepsAstralCharactersAndEntities() {
        String html = "<article><p>희귀 한자 &#x20000;와 이모지 &#128512;, 그리고 &amp; 기호.</p></article>";
        assertEquals("희귀 한자 𠀀와 이모지 😀, 그리고 & 기호.", extractor.extract(html).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ⓒ 가상일보                          | false",
            "페이스북 트위터 카카오톡 링크복사      | true",
            "공유하기                             | true",
            "저작권 분쟁이 법정으로 갔다.           | false",
            "페이스북이 새 기능을 내놨다.           | false",
            "카카오톡 점유율은 90%가 넘는다.        | false",
    })
    void recognisesShareButtonLines(String line, boolean boilerplate) {
        assertEquals(boilerplate, HtmlTextExtractor.isBoilerplateLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "share-buttons | true", "article_related | true", "ad | true", "sns_area | true", "newsBanner | false",
            "header | true", "article-body | false", "shadow | false", "loading | false", "'' | false"
    })
    void recognisesBoilerplateNames(String name, boolean boilerplate) {
        assertEquals(boilerplate, HtmlTextExtractor.namedLikeBoilerplate(name));
    }

    @Test
    void deeplyNestedAndHugePagesKeepTheirText() {
        String nested = "<div class=\"share\">".repeat(5_000) + "공유" + "</div>".repeat(5_000)
                + "<div>" .repeat(5_000) + "<p>깊은 곳의 본문이다.</p>" + "</div>".repeat(5_000);
        ExtractedHtml page = extractor.extract(nested);
        assertTrue(page.text().contains("깊은 곳의 본문이다."), page.text());
        String wide = "<article>" + "<p>문단이다.</p>".repeat(50_000) + "</article>";
        ExtractedHtml big = extractor.extract(wide);
        assertEquals(50_000, big.text().split("\n\n").length);
    }
}
