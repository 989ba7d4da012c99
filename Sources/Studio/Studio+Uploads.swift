import Foundation
import Hummingbird
import MediaIO
import PersonaStore
import StandInCore

extension Studio {
    /// `PUT /studio/api/brands/:brand/sprites/:pack/:file` (one layer of a sprite pack, a PNG
    /// with alpha) and `PUT …/images/:file` (a product picture, PNG, JPEG or WebP, under any
    /// ordinary name). The body is the file. Names are checked (no paths), sizes and pixels
    /// limited, and the bytes must decode as a picture; files land only under the brand's folder.
    func addUploadRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.put("sprites/:pack/:file") { request, context in
            await self.api(request) { user in
                let brand = try context.parameters.require("brand")
                try self.authorize(user, brand: brand)
                let pack = try context.parameters.require("pack"), file = try context.parameters.require("file")
                guard StoreName.isValid(pack) else { throw StudioError.badRequest("'\(pack)' is not a sprite pack name (a-z, 0-9, '-')") }
                let layers = SpritePack.Layer.all.map(\.fileName)
                guard layers.contains(file) else {
                    throw StudioError.badRequest("'\(file)' is not a sprite layer; layers are \(layers.joined(separator: ", "))")
                }
                let data = try await self.body(of: request, limit: self.settings.maxUploadBytes)
                guard let header = PNGHeader(data), header.hasAlpha else {
                    throw StudioError.unsupportedMedia("a sprite layer must be a PNG with alpha")
                }
                let image = try await self.store(data, in: "\(self.folder(of: brand))/sprites/\(pack)", as: file, for: user)
                return self.json(UploadResponse(path: "sprites/\(pack)/\(file)", width: image.width, height: image.height),
                                 status: .created)
            }
        }
        // Any ordinary file name will do ("Mug Photo.PNG"): the picture is stored under a safe
        // name made from it (`mug-photo.png`, the extension from its real format).
        group.put("images/:file") { request, context in
            await self.api(request) { user in
                let brand = try context.parameters.require("brand")
                try self.authorize(user, brand: brand)
                let given = try context.parameters.require("file")
                let file = given.removingPercentEncoding ?? given
                let parts = file.split(separator: ".", omittingEmptySubsequences: false)
                let pictureExtensions = ["png", "jpg", "jpeg", "webp"]
                guard !file.hasPrefix("."), !file.contains("/"), !file.contains("\\"), !file.contains("\0"), parts.count >= 2,
                      pictureExtensions.contains(parts.last!.lowercased()) else {
                    throw StudioError.badRequest("'\(file)' is not a picture's file name: it should end in .png, .jpg or .webp")
                }
                let data = try await self.body(of: request, limit: self.settings.maxUploadBytes)
                guard let header = PictureHeader(data) else {
                    throw StudioError.unsupportedMedia("the upload is not a PNG, JPEG or WebP picture")
                }
                let stem = PersonaID.suggested(from: parts.dropLast().joined(separator: "."))
                let name = "\(stem).\(header.format == .jpeg ? "jpg" : header.format.rawValue)"
                let image = try await self.store(data, in: "\(self.folder(of: brand))/images", as: name, for: user)
                return self.json(UploadResponse(path: "images/\(name)", width: image.width, height: image.height),
                                 status: .created)
            }
        }
    }

    /// Decodes `data` as a picture (refusing anything that is not a PNG, JPEG or WebP, or has
    /// more than `maxUploadPixels` by its header, before decoding), on the work queue, then
    /// renames it into `folder/name`; nothing is left behind when it fails.
    private func store(_ data: Data, in folder: String, as name: String, for user: StudioUser) async throws -> StoredPicture {
        guard let header = PictureHeader(data) else {
            throw StudioError.unsupportedMedia("the upload is not a PNG, JPEG or WebP picture")
        }
        let limit = settings.maxUploadPixels
        guard PictureHeader.fits(width: header.width, height: header.height, maxPixels: limit) else {
            throw StudioError.tooManyPixels(width: header.width, height: header.height, limit: limit)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = "\(folder)/.upload-\(UUID().uuidString.prefix(12))-\(name)"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw StudioError.preview("cannot store the upload")
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let picture: StoredPicture
        do {
            picture = try await work.run(for: user.name) {
                let image = try ImageDecoder.decode(path: temporary, maxPixels: limit)
                return StoredPicture(width: image.width, height: image.height)
            }
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError.unsupportedMedia("the upload is not a picture that can be decoded")
        }
        guard rename(temporary, "\(folder)/\(name)") == 0 else { throw StudioError.preview("cannot store \(name)") }
        return picture
    }
}

/// The size of a stored upload (the pixels are not kept).
struct StoredPicture: Sendable {
    var width: Int
    var height: Int
}

struct UploadResponse: Encodable {
    /// Relative to the brand's folder (what a persona's `sprite_pack` or a catalog names).
    var path: String
    var width: Int
    var height: Int
}
