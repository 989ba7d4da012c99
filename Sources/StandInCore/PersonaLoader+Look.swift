import Foundation

/// Reading `look`: colours and style of the drawn avatar, or a sprite pack; background,
/// accent and label position.
extension Persona {
    static let drawnStyleKeys = ["hair_style", "face_shape", "outfit_style"]

    static func loadLook(_ fields: YAMLMapping) throws -> Look {
        let spritePack = try loadSpritePack(fields)
        if spritePack != nil {
            for key in drawnStyleKeys where fields.has(key) {
                throw fields.error(key, "has no effect with sprite_pack (the sprite art is the avatar); remove it")
            }
        }
        // With a sprite pack the avatar colours are unused, so they are optional.
        let unused: RGBA? = spritePack == nil ? nil : RGBA(0x80, 0x80, 0x80)
        let look = Look(
            background: try fields.color("background"),
            skin: try fields.color("skin", default: unused),
            hair: try fields.color("hair", default: unused),
            eyes: try fields.color("eyes", default: RGBA(0x22, 0x22, 0x22)),
            mouth: try fields.color("mouth", default: RGBA(0xB8, 0x43, 0x4F)),
            outfit: try fields.color("outfit", default: unused),
            accent: try fields.color("accent"),
            hairStyle: try fields.choice("hair_style", default: .long),
            faceShape: try fields.choice("face_shape", default: .oval),
            outfitStyle: try fields.choice("outfit_style", default: .roundNeck),
            labelPosition: try fields.choice("label_position", default: .topLeft),
            spritePack: spritePack)
        try fields.finish()
        return look
    }

    /// `sprite_pack: folder`, a folder inside the persona file's folder: every layer must be
    /// there, be a PNG with alpha and have the size of `base.png`. Errors point at the
    /// `sprite_pack` line and never name a path outside what the author wrote.
    static func loadSpritePack(_ fields: YAMLMapping) throws -> SpritePack? {
        guard let name = try fields.optionalString("sprite_pack") else { return nil }
        let home = URL(fileURLWithPath: fields.file).deletingLastPathComponent().standardized
        guard let folder = LocalPath.inside(home, relative: name) else {
            throw fields.error("sprite_pack", "'\(name)' must be a folder inside the persona's own folder, "
                + "such as sprites/<pack> (no '/' at the start, no '..')", at: fields.value("sprite_pack"))
        }
        var isFolder: ObjCBool = false
        // A folder that is missing and one that a link leads out of answer alike: an author
        // learns nothing about folders outside their own.
        guard LocalPath.resolves(folder, inside: home), FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
              isFolder.boolValue else {
            throw fields.error("sprite_pack", "no sprite pack folder '\(name)' (upload or copy its layers there first)",
                               at: fields.value("sprite_pack"))
        }
        var pack = SpritePack(folder: folder, width: 0, height: 0, source: fields.location("sprite_pack"))
        for layer in SpritePack.Layer.all {
            guard LocalPath.resolves(pack.path(of: layer), inside: home),
                  let data = FileManager.default.contents(atPath: pack.path(of: layer)) else {
                let names = SpritePack.Layer.all.map(\.fileName).joined(separator: ", ")
                throw pack.error(layer, "is missing (a sprite pack holds \(names))")
            }
            guard let header = PNGHeader(data) else { throw pack.error(layer, "is not a PNG file") }
            guard header.hasAlpha else { throw pack.error(layer, "has no alpha channel (save it as an RGBA PNG)") }
            if layer == .base {
                pack.width = header.width
                pack.height = header.height
            } else if header.width != pack.width || header.height != pack.height {
                throw pack.error(layer, "is \(header.width)x\(header.height) but base.png is \(pack.width)x\(pack.height) (all layers must have the same size)")
            }
        }
        return pack
    }
}
