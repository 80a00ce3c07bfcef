package org.newsdesk.picture;

import org.newsdesk.publication.ProjectionRefresh;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Demo content: the AZERTAC dispatch of 1 March 2023 gets a picture, drawn here with Java2D at start
 * (nothing is downloaded), captioned and credited in French, through the same upload path as the
 * newsroom's. Runs once: a dispatch that already has pictures is left alone.
 */
@Component
@ConditionalOnBooleanProperty("newsdesk.demo-data")
class DemoPictures {

    private static final Logger log = LoggerFactory.getLogger(DemoPictures.class);
    static final String AZERTAC_SLUG = "ilham-aliyev-a-recu-le-directeur-general-de-loim";

    private final JdbcClient jdbc;
    private final Pictures pictures;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    DemoPictures(JdbcClient jdbc, Pictures pictures, UserDetailsService users, TransactionTemplate tx,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.pictures = pictures;
        this.users = users;
        this.tx = tx;
        this.events = events;
    }

    /** After the demo dispatches (ApplicationRunners) are in. */
    @EventListener(ApplicationReadyEvent.class)
    void addDemoPicture() {
        List<Long> ids = jdbc.sql("SELECT id FROM dispatch WHERE language = 'fr' AND slug = :s").param("s", AZERTAC_SLUG)
                .query(Long.class).list();
        if (ids.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM dispatch_picture WHERE dispatch_id = :d").param("d", ids.getFirst())
                .query(Long.class).single() > 0) {
            return;
        }
        long id = ids.getFirst();
        var editor = users.loadUserByUsername("editor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities()));
        try {
            var picture = pictures.upload(id, "azertac-2023-03-01-oim.jpg", jpeg(draw(1600, 1067))).picture();
            pictures.update(id, picture.pictureId(), new PictureEdit(
                    "Le président Ilham Aliyev a reçu le directeur général de l’Organisation internationale pour les "
                            + "migrations, António Vitorino, à Bakou (illustration de démonstration)",
                    "Illustration : deux fauteuils face à face dans un salon officiel, une table basse entre eux, "
                            + "les drapeaux de l’Azerbaïdjan et de l’OIM au fond",
                    "Illustration Newsdesk", "AZERTAC", "© AZERTAC 2023"));
            // The dispatch was published before it had its picture: its public copy is rebuilt with it.
            tx.executeWithoutResult(status -> events.publishEvent(new ProjectionRefresh(id)));
            log.info("Demo picture added to the AZERTAC dispatch {}", id);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not add the demo picture: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A reception room: two armchairs, a low table, two flags, in the warm light of a press photo. */
    static BufferedImage draw(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE9D9B8), 0, h * 0.7f, new Color(0xC9A96E)));
        g.fillRect(0, 0, w, h);
        g.setPaint(new GradientPaint(0, h * 0.7f, new Color(0x7A2E2E), 0, h, new Color(0x4A1A1A)));
        g.fillRect(0, (int) (h * 0.7), w, h);
        // Flags: Azerbaijan (blue, red, green) and a light blue one.
        int fx = (int) (w * 0.40);
        int fw = (int) (w * 0.09);
        int fh = (int) (h * 0.24);
        int fy = (int) (h * 0.10);
        g.setColor(new Color(0x5A4A30));
        g.setStroke(new BasicStroke(w / 200f));
        g.drawLine(fx, fy, fx, (int) (h * 0.68));
        g.drawLine(fx + fw + w / 20, fy, fx + fw + w / 20, (int) (h * 0.68));
        Color[] bands = {new Color(0x00B5E2), new Color(0xEF3340), new Color(0x509E2F)};
        for (int i = 0; i < 3; i++) {
            g.setColor(bands[i]);
            g.fillRect(fx + 4, fy + i * fh / 3, fw, fh / 3 + 1);
        }
        g.setColor(new Color(0x418FDE));
        g.fillRect(fx + fw + w / 20 + 4, fy, fw, fh);
        // Armchairs and the table.
        for (int side = 0; side < 2; side++) {
            int cx = side == 0 ? (int) (w * 0.12) : (int) (w * 0.66);
            g.setColor(new Color(0xF4EEE2));
            g.fill(new RoundRectangle2D.Double(cx, h * 0.42, w * 0.22, h * 0.34, w * 0.03, w * 0.03));
            g.setColor(new Color(0x2B2B33));
            g.fill(new RoundRectangle2D.Double(cx + w * 0.05, h * 0.36, w * 0.12, h * 0.30, w * 0.04, w * 0.04));
            g.setColor(new Color(0xD9B38C));
            g.fill(new Ellipse2D.Double(cx + w * 0.075, h * 0.24, w * 0.07, w * 0.07));
        }
        g.setColor(new Color(0x6B4423));
        g.fill(new RoundRectangle2D.Double(w * 0.38, h * 0.60, w * 0.24, h * 0.08, 12, 12));
        g.setColor(new Color(0xFFFFFF));
        g.fill(new Ellipse2D.Double(w * 0.47, h * 0.585, w * 0.05, h * 0.03));
        g.dispose();
        return img;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
