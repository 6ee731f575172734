<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CatNeuronError</name>
    <message>
        <source>&apos;{url}&apos; does not name a valid server</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的服务器地址</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid URL</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的网址</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid URL (it holds spaces or control characters)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的网址（其中含有空格或控制字符）</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http://, https:// or file:// URL</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是 http://、https:// 或 file:// 网址</translation>
    </message>
    <message>
        <source>an empty URL is not a download address</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>下载地址不能为空</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>An error message (gui/worker.py). Keep each {name} field unchanged.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot download {name}: not finished within {deadline:g} s, the server is too slow ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{deadline:g} s 内未完成，服务器太慢（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the connection closed after {got} of {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：连接中断（已接收 {got} / {size} 字节，{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the file is corrupted (SHA-256 {found}…, expected {sha}…)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：文件已损坏（SHA-256 为 {found}…，应为 {sha}…）</translation>
    </message>
    <message>
        <source>cannot download {name}: the file read back from disk differs (failing disk?)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：从磁盘读回的文件与下载的不一致（磁盘故障？）</translation>
    </message>
    <message>
        <source>cannot download {name}: the server answered {code} {reason} ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：服务器返回 {code} {reason}（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the server sent more than the expected {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：服务器发来的数据超过了预期的 {size} 字节（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: {reason} ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{reason}（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: {reason} after {got} of {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{reason}（已接收 {got} / {size} 字节，{url}）</translation>
    </message>
    <message>
        <source>download canceled</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>no dataset found (looked in {looked}): {train} and {test} are needed</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>没有找到数据集（查找了 {looked}）：需要 {train} 和 {test}</translation>
    </message>
    <message>
        <source>the loss became {loss} at epoch {epoch}: the learning rate is too large, lower it</source>
        <extracomment>An error message (core/training.py). Keep each {name} field unchanged.</extracomment>
        <translation>第 {epoch} 轮时损失变成了 {loss}：学习率太大，请调小</translation>
    </message>
    <message>
        <source>there is no model to save yet: train one first</source>
        <extracomment>An error message (gui/model_files.py). Keep each {name} field unchanged.</extracomment>
        <translation>还没有可保存的模型：请先训练一个</translation>
    </message>
    <message>
        <source>this model&apos;s weights do not fit its picture size: a {size} picture needs {needed} weights, the model has {found}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>这个模型的权重与其图片尺寸不符：{size} 的图片需要 {needed} 个权重，模型却有 {found} 个</translation>
    </message>
    <message>
        <source>{action} canceled</source>
        <extracomment>An error message (core/progress.py). Keep each {name} field unchanged.</extracomment>
        <translation>{action}：已取消</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; is not UTF-8 text</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; is {test_classes} but {train_file} has {train_classes}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 是 {test_classes}，但 {train_file} 中是 {train_classes}</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; should hold 2 texts</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 应包含 2 个文本</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; should name 2 classes, found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 应列出 2 个类别，实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{file}: &apos;test_set_x&apos; images are {test_size} but the train images are {train_size}; both splits need the same size</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;test_set_x&apos; 的图片是 {test_size}，训练集的图片却是 {train_size}；训练集和测试集的图片尺寸必须相同</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; holds no images, found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 中没有图片（形状为 {shape}）</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; images are {w}×{h}; this app reads sides up to {limit}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 的图片是 {w}×{h}；本应用只能读取边长不超过 {limit} 的图片</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; labels must be 0 or 1, found {found}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 的标签必须是 0 或 1，却发现了 {found}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should be integer labels 0/1, found {dtype}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应为整数标签 0/1，实际类型为 {dtype}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should be uint8 images of shape (m, H, W, 3), found {found}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应为形状 (m, H, W, 3) 的 uint8 图片，实际为 {found}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should hold {m} labels (one per image), found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应包含 {m} 个标签（每张图片一个），实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{name}: cannot be resized (out of memory?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法缩放（内存不足？）</translation>
    </message>
    <message>
        <source>{name}: cannot open ({reason})</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{name}: cannot read ({reason})</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: empty file</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：文件是空的</translation>
    </message>
    <message>
        <source>{name}: empty image</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：图片是空的</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：找不到文件</translation>
    </message>
    <message>
        <source>{name}: files of this kind are not accepted, only photos and bitmaps (PNG, JPEG, GIF, BMP, WebP, TIFF…); save it as PNG</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不接受这类文件，只接受照片和位图（PNG、JPEG、GIF、BMP、WebP、TIFF…）；请另存为 PNG</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a picture</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：这是文件夹，不是图片</translation>
    </message>
    <message>
        <source>{name}: no pictures found</source>
        <extracomment>An error message (gui/decoding.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：没有找到图片</translation>
    </message>
    <message>
        <source>{name}: not a picture this app can read</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不是本应用能读取的图片</translation>
    </message>
    <message>
        <source>{name}: not a regular file</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不是普通文件</translation>
    </message>
    <message>
        <source>{name}: the file ends too early (truncated download or copy?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：文件不完整（下载或复制被中断？）</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not accepted, only photos and bitmaps (PNG, JPEG, GIF, BMP, WebP, TIFF…); save it as PNG</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不接受 {kind} 文件，只接受照片和位图（PNG、JPEG、GIF、BMP、WebP、TIFF…）；请另存为 PNG</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <extracomment>An error message (gui/decoding.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: {reason} (damaged or truncated file?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{reason}（文件损坏或不完整？）</translation>
    </message>
    <message>
        <source>{name}: {size} MB, more than the {limit} MB this app reads</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{size} MB，超过了本应用能读取的 {limit} MB</translation>
    </message>
    <message>
        <source>{name}: {width}×{height} is {megapixels} megapixels, more than the {limit} this app decodes</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{width}×{height} 共 {megapixels} 百万像素，超过了本应用能解码的 {limit} 百万像素</translation>
    </message>
    <message>
        <source>{path}: already exists and is not a Cat Neuron model; replacing it would lose it</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：已存在，且不是猫神经元模型；替换它，原文件就会丢失</translation>
    </message>
    <message>
        <source>{path}: already there; replacing it would lose the dataset it holds</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：已存在；替换它会丢失其中的数据集</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a dataset ({reason})</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法作为数据集读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a model ({reason})</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法作为模型读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be used (a link loop)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法使用（链接形成了循环）</translation>
    </message>
    <message>
        <source>{path}: cannot be used ({reason})</source>
        <extracomment>An error message (core/dataset.py, core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法使用（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder (a file has that name)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法创建文件夹（已有同名文件）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({reason})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法创建文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot list ({reason})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法列出其中的文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot open ({reason})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason}); the files there are unchanged</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）；那里的文件没有改动</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason}); the old file, if any, is unchanged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）；原有文件（如果有）没有改动</translation>
    </message>
    <message>
        <source>{path}: cannot write in folder {folder} (permission denied)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入文件夹 {folder}（权限不足）</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{path}: has a &apos;{present}&apos; folder but no &apos;{absent}&apos; folder (give both, or put &apos;cat&apos; and &apos;non-cat&apos; directly in it to split 80/20)</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：有 &apos;{present}&apos; 文件夹，却没有 &apos;{absent}&apos; 文件夹（两个都要有；或者把 &apos;cat&apos; 和 &apos;non-cat&apos; 直接放在里面，按 80/20 划分）</translation>
    </message>
    <message>
        <source>{path}: holds another dataset; replacing it with the article&apos;s would lose it</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：存有另一个数据集；用文章的数据集替换它会使其丢失</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>{path}: is a link to nothing; give a plain file name</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是指向不存在目标的链接；请给出普通文件名</translation>
    </message>
    <message>
        <source>{path}: is not a regular file; a model is never written there</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是普通文件；模型不会写到这里</translation>
    </message>
    <message>
        <source>{path}: is not a regular file; the dataset is never written there</source>
        <extracomment>An error message (core/dataset.py, core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是普通文件；数据集不会写到这里</translation>
    </message>
    <message>
        <source>{path}: is the dataset in use; a model is never written over it</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：是正在使用的数据集；模型不会覆盖它</translation>
    </message>
    <message>
        <source>{path}: made by a newer Cat Neuron (model format {version}, this version reads {supported}); update the app</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：由较新版本的猫神经元创建（模型格式 {version}，本版本只能读取 {supported}）；请更新应用</translation>
    </message>
    <message>
        <source>{path}: missing {missing}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：缺少 {missing}</translation>
    </message>
    <message>
        <source>{path}: no dataset here; a dataset folder holds {files}, or pictures in &apos;cat&apos; and &apos;non-cat&apos; folders</source>
        <extracomment>An error message (gui/datasets.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这里没有数据集；数据集文件夹中应有 {files}，或者 &apos;cat&apos; 和 &apos;non-cat&apos; 文件夹里的图片</translation>
    </message>
    <message>
        <source>{path}: no picture in {where} could be decoded ({tried} tried; {first})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{where} 中没有一张图片能解码（试了 {tried} 张；{first}）</translation>
    </message>
    <message>
        <source>{path}: no pictures (each class needs at least one)</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：没有图片（每个类别至少需要一张）</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <extracomment>An error message (core/dataset.py, core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：没有这个文件夹</translation>
    </message>
    <message>
        <source>{path}: no {names} folder; an image folder has exactly two class folders, &apos;cat&apos; and &apos;non-cat&apos;</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：没有 {names} 文件夹；图片文件夹中应正好有两个类别文件夹：&apos;cat&apos; 和 &apos;non-cat&apos;</translation>
    </message>
    <message>
        <source>{path}: not a Cat Neuron model file</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是猫神经元模型文件</translation>
    </message>
    <message>
        <source>{path}: only 1 picture; a class needs at least 2 to be split into train and test</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：只有 1 张图片；一个类别至少要有 2 张，才能分成训练集和测试集</translation>
    </message>
    <message>
        <source>{path}: the bias &apos;b&apos; should be one number</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：偏差 &apos;b&apos; 应该是一个数</translation>
    </message>
    <message>
        <source>{path}: the file read back differs from what was written (failing disk?)</source>
        <extracomment>An error message (core/dataset.py, core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：读回的文件与写入的内容不一致（磁盘故障？）</translation>
    </message>
    <message>
        <source>{path}: the input shape should be (H, W, 3)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：输入形状应为 (H, W, 3)</translation>
    </message>
    <message>
        <source>{path}: the input shape should be (H, W, 3) with sides of 1 to {limit}, found ({h}, {w}, {c})</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：输入形状应为 (H, W, 3)，边长为 1 到 {limit}，实际为 ({h}, {w}, {c})</translation>
    </message>
    <message>
        <source>{path}: the model format version is not a number</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：模型格式的版本号不是数字</translation>
    </message>
    <message>
        <source>{path}: the model read back differs from the one saved</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：读回的模型与保存的不一致</translation>
    </message>
    <message>
        <source>{path}: the model takes {size} images, the data has {data_size}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：该模型接受 {size} 的图片，而数据集的图片是 {data_size}</translation>
    </message>
    <message>
        <source>{path}: the results stored in it are damaged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：其中保存的结果已损坏</translation>
    </message>
    <message>
        <source>{path}: the training settings stored in it are damaged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：其中保存的训练设置已损坏</translation>
    </message>
    <message>
        <source>{path}: the weights &apos;w&apos; should be numbers</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重 &apos;w&apos; 应该是数值</translation>
    </message>
    <message>
        <source>{path}: the weights hold inf or NaN</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重中含有 inf 或 NaN</translation>
    </message>
    <message>
        <source>{path}: the weights hold inf or NaN; nothing was saved</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重中含有 inf 或 NaN；没有保存任何内容</translation>
    </message>
    <message>
        <source>{path}: this is a dataset file, not a model</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是数据集文件，不是模型</translation>
    </message>
    <message>
        <source>{path}: unexpected class folder {names}; an image folder has exactly two class folders, &apos;cat&apos; and &apos;non-cat&apos;</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：意外的类别文件夹 {names}；图片文件夹中应正好有两个类别文件夹：&apos;cat&apos; 和 &apos;non-cat&apos;</translation>
    </message>
    <message>
        <source>{path}: {size} images need {needed} weights, found {found}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{size} 的图片需要 {needed} 个权重，实际为 {found}</translation>
    </message>
    <message>
        <source>{path}: {train} and {test} do not belong together (one was replaced without the other, perhaps by an interrupted write); build or download the dataset again</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{train} 和 {test} 不是同一套（其中一个被单独替换了，可能是写入被中断）；请重新构建或下载数据集</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>said {name}</source>
        <translation>判为{name}</translation>
    </message>
    <message>
        <source>is {name}</source>
        <translation>实为{name}</translation>
    </message>
    <message>
        <source>Click a cell to see its pictures below.</source>
        <translation>点击一个格子，在下方查看其中的图片。</translation>
    </message>
    <message>
        <source>Confusion matrix: no model fits these pictures</source>
        <translation>混淆矩阵：没有适合这些图片的模型</translation>
    </message>
    <message>
        <source>Confusion matrix of the {split}</source>
        <translation>{split}的混淆矩阵</translation>
    </message>
    <message>
        <source>Confusion matrix of the {split} at epoch {epoch}</source>
        <translation>第 {epoch} 轮{split}的混淆矩阵</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <translation>{count}（{rate}）</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) labelled {label} that the neuron called {said}</source>
        <translation>
            <numerusform>%n 张标为{label}、被神经元判为{said}的图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>{field}: {typed} is out of range, set to {kept}</source>
        <translation>{field}：{typed} 超出范围，已改为 {kept}</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Learning rate α: how far each gradient step moves the weights. Too small learns slowly; too large overshoots and the loss jumps.</source>
        <translation>学习率 α：每一步梯度下降让权重移动多远。太小学得慢；太大会迈过头，损失上下跳动。</translation>
    </message>
    <message>
        <source>Epochs: how many times the neuron looks at all the training images and takes one gradient step.</source>
        <translation>轮数：神经元把所有训练图片看一遍、走一步梯度下降，要重复多少次。</translation>
    </message>
    <message>
        <source>Seed of the random initial weights: the same seed gives exactly the same run ({seed} reproduces the article).</source>
        <translation>随机初始权重的种子：同一个种子得到完全相同的训练（{seed} 重现文章的结果）。</translation>
    </message>
    <message>
        <source>Slow training down so a class can watch the curves form.</source>
        <translation>放慢训练，让课堂上能看清曲线是怎样形成的。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step ×10</source>
        <translation>单步 ×10</translation>
    </message>
    <message>
        <source>Start a fresh run from the seed (Space)</source>
        <translation>从随机种子开始新的训练（空格键）</translation>
    </message>
    <message>
        <source>Pause or resume the run (Space)</source>
        <translation>暂停或继续训练（空格键）</translation>
    </message>
    <message>
        <source>End the run, keeping the weights learned so far (Esc)</source>
        <translation>结束训练，保留目前学到的权重（Esc）</translation>
    </message>
    <message>
        <source>Back to the untrained neuron of this seed (Ctrl+R)</source>
        <translation>回到这个种子的未训练神经元（Ctrl+R）</translation>
    </message>
    <message>
        <source>Take exactly one epoch, then pause (N); from a fresh neuron it starts a run</source>
        <translation>只训练一轮，然后暂停（N）；从未训练的神经元开始时会新建一次训练</translation>
    </message>
    <message>
        <source>Take ten epochs, then pause (Shift+N)</source>
        <translation>训练十轮，然后暂停（Shift+N）</translation>
    </message>
    <message>
        <source>epoch %v / %m</source>
        <translation>第 %v / %m 轮</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>每秒 {0} 轮</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>还没有训练</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} 轮，共 {epochs} 轮</translation>
    </message>
</context>
<context>
    <name>CurvesPage</name>
    <message>
        <source>log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Loss on a logarithmic scale: the late, slow part shows</source>
        <translation>用对数坐标显示损失：后期缓慢的下降也看得清</translation>
    </message>
    <message>
        <source>Clear old runs</source>
        <translation>清除之前的训练</translation>
    </message>
    <message>
        <source>Take the dashed curves of earlier runs off the plots</source>
        <translation>从图上移除之前训练的虚线曲线</translation>
    </message>
    <message>
        <source>Preparing the plots…</source>
        <translation>正在准备图表…</translation>
    </message>
</context>
<context>
    <name>DatasetFiles</name>
    <message>
        <source>Cannot open dataset</source>
        <extracomment>Shown by gui/dataset_files.py.</extracomment>
        <translation>无法打开数据集</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>only mistakes</source>
        <translation>只看判错的</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Click a picture to see why the neuron said what it said</source>
        <translation>点击图片，看看神经元为什么这样判断</translation>
    </message>
    <message>
        <source>{split}, picture {number}</source>
        <translation>{split}第 {number} 张图片</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <source>{truth}
✗ said {name}</source>
        <translation>{truth}
✗ 判为{name}</translation>
    </message>
    <message>
        <source>labelled {truth}; p({cat}) = {p}</source>
        <translation>标签为{truth}；p({cat}) = {p}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} right, %n mistake(s)</source>
        <translation>
            <numerusform>{total} 张中对了 {right} 张，错了 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing the first {count})</source>
        <translation>（显示前 {count} 张）</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n mistake(s).</source>
        <translation>
            <numerusform>显示判错的 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n picture(s) labelled {label} that the neuron called {said}.</source>
        <translation>
            <numerusform>显示标为{label}、被神经元判为{said}的 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>said {name}</source>
        <translation>判为{name}</translation>
    </message>
</context>
<context>
    <name>DropPanel</name>
    <message>
        <source>Drop pictures here</source>
        <translation>把图片拖到这里</translation>
    </message>
    <message>
        <source>files, a folder, or paste with Ctrl+V</source>
        <translation>文件、文件夹，或用 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Choose pictures for the neuron to judge</source>
        <translation>选择图片，让神经元判断</translation>
    </message>
    <message>
        <source>only local files, folders or images can be judged</source>
        <translation>只能判断本地文件、文件夹或图片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open pictures</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>{file} — {answer}</source>
        <translation>{file} — {answer}</translation>
    </message>
    <message numerus="yes">
        <source>decoding %n picture(s)…</source>
        <translation>
            <numerusform>正在解码 %n 张图片…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpochNumbersBox</name>
    <message>
        <source>This epoch</source>
        <translation>本轮</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Lay the map over the picture</source>
        <translation>把贡献图叠在图片上</translation>
    </message>
    <message>
        <source>Red and blue over the photo show where it pushed toward cat and away</source>
        <translation>照片上的红色和蓝色标出哪里推向猫、哪里推离猫</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>what the neuron sees</source>
        <translation>神经元看到的</translation>
    </message>
    <message>
        <source>what pushed which way</source>
        <translation>各处推向哪边</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>what the neuron sees: 64×64 pixels</source>
        <translation>神经元看到的：64×64 像素</translation>
    </message>
    <message>
        <source>each pixel&apos;s share of w·x</source>
        <translation>各像素对 w·x 的贡献</translation>
    </message>
    <message>
        <source>red adds to z (toward {cat}), blue takes away; white is 0</source>
        <translation>红色增大 z（偏向{cat}），蓝色减小 z；白色为 0</translation>
    </message>
    <message>
        <source>Drop a picture to ask the neuron</source>
        <translation>拖入一张图片，问问神经元</translation>
    </message>
    <message>
        <source>No model to ask yet</source>
        <translation>还没有可以询问的模型</translation>
    </message>
    <message>
        <source>p({cat}) = {p}</source>
        <translation>p({cat}) = {p}</translation>
    </message>
    <message>
        <source>Unsure: p({cat}) is between {low} and {high}, too close to call.</source>
        <translation>拿不准：p({cat}) 在 {low} 和 {high} 之间，难以判断。</translation>
    </message>
    <message numerus="yes">
        <source>This neuron is right on {right} of %n test picture(s).</source>
        <translation>
            <numerusform>这个神经元在 %n 张测试图片中答对了 {right} 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>above {threshold}, so the neuron says &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>大于 {threshold}，所以神经元判为&lt;b&gt;{name}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>not above {threshold}, so the neuron says &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>不大于 {threshold}，所以神经元判为&lt;b&gt;{name}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>w·x is a sum of {n} pixel × weight products: the red ones add &lt;b&gt;{red}&lt;/b&gt;, the blue ones take away &lt;b&gt;{blue}&lt;/b&gt;.</source>
        <translation>w·x 是 {n} 个“像素 × 权重”乘积之和：红色的共加上 &lt;b&gt;{red}&lt;/b&gt;，蓝色的共减去 &lt;b&gt;{blue}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Plus the bias b = &lt;b&gt;{bias}&lt;/b&gt;, that gives z = &lt;b&gt;{z}&lt;/b&gt;.</source>
        <translation>再加上偏差 b = &lt;b&gt;{bias}&lt;/b&gt;，得到 z = &lt;b&gt;{z}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) = &lt;b&gt;{p}&lt;/b&gt;: </source>
        <translation>σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;) = &lt;b&gt;{p}&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>p({cat})</source>
        <translation>p({cat})</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>cat</source>
        <extracomment>The first class of the dataset. Article: 猫.</extracomment>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <extracomment>The other class (&quot;not a cat&quot;). Article: 非猫.</extracomment>
        <translation>非猫</translation>
    </message>
    <message>
        <source>Cat Neuron</source>
        <extracomment>The app&apos;s name, as in the desktop entry&apos;s Name[zh_CN].</extracomment>
        <translation>猫神经元</translation>
    </message>
    <message>
        <source>neuron</source>
        <extracomment>One unit of a neural network. Article: 神经元.</extracomment>
        <translation>神经元</translation>
    </message>
    <message>
        <source>weights</source>
        <extracomment>w, one per pixel and colour. Article: 权重.</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>b. Article: 偏差 (not 偏置).</extracomment>
        <translation>偏差</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>α. Article: 学习率.</extracomment>
        <translation>学习率</translation>
    </message>
    <message>
        <source>epoch</source>
        <extracomment>One pass of gradient descent over the training set. Always 轮, never 时期 or 周期.</extracomment>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <extracomment>The cross-entropy L. Article: 损失 (损失函数 for the function).</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <extracomment>The share of pictures classified right. 准确率.</extracomment>
        <translation>准确率</translation>
    </message>
    <message>
        <source>training set</source>
        <extracomment>The pictures the neuron learns from. 训练集.</extracomment>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test set</source>
        <extracomment>The pictures kept apart to check it. 测试集.</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <extracomment>The method. Article: 梯度下降.</extracomment>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>σ. Article: sigmoid 函数 (written 激活函数 when speaking of its role).</extracomment>
        <translation>sigmoid 函数</translation>
    </message>
    <message>
        <source>prediction</source>
        <extracomment>The neuron&apos;s answer for one picture. 预测.</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>seed</source>
        <extracomment>The starting point of the random weights (--seed). 随机种子.</extracomment>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>dataset</source>
        <extracomment>The folder or HDF5 pair of pictures. 数据集.</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <source>model</source>
        <extracomment>A saved neuron (.h5 file). 模型.</extracomment>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>HistorySlider</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>epoch {0} of {1} · newest {2}</source>
        <translation>第 {0} 轮，共 {1} 轮 · 最新第 {2} 轮</translation>
    </message>
    <message>
        <source>epoch {0} of {1} · live</source>
        <translation>第 {0} 轮，共 {1} 轮 · 实时</translation>
    </message>
    <message>
        <source>epoch {0} of {1} · paused</source>
        <translation>第 {0} 轮，共 {1} 轮 · 已暂停</translation>
    </message>
    <message>
        <source>epoch {0} of {1}</source>
        <translation>第 {0} 轮，共 {1} 轮</translation>
    </message>
    <message>
        <source>The epoch the window shows: drag back through the run. ← → one epoch, PgDn PgUp ten, Home the first, End the newest</source>
        <translation>窗口显示的那一轮：拖动可回看整个训练过程。← → 一轮，PgDn PgUp 十轮，Home 第一轮，End 最新一轮</translation>
    </message>
    <message>
        <source>The first epoch: the neuron before any step (Home)</source>
        <translation>第一轮：还没走任何一步的神经元（Home）</translation>
    </message>
    <message>
        <source>One epoch earlier (←)</source>
        <translation>前一轮（←）</translation>
    </message>
    <message>
        <source>One epoch later (→)</source>
        <translation>后一轮（→）</translation>
    </message>
    <message>
        <source>Show the newest epoch and follow the run as it learns (End)</source>
        <translation>显示最新一轮，并随训练实时更新（End）</translation>
    </message>
</context>
<context>
    <name>HoverReadout</name>
    <message>
        <source>epoch {0}
loss  train {1}  test {2}
accuracy  train {3}%  test {4}%</source>
        <translation>第 {0} 轮
损失  训练集 {1}  测试集 {2}
准确率  训练集 {3}%  测试集 {4}%</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Press Train (Space) to watch the neuron learn</source>
        <translation>按“训练”（空格键），看神经元学习</translation>
    </message>
    <message>
        <source>epoch {value:.0f}</source>
        <translation>第 {value:.0f} 轮</translation>
    </message>
    <message>
        <source>lowest test loss</source>
        <translation>测试集损失最低</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练集损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试集损失</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试集准确率</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <extracomment>Shown by gui/plot_legend.py.</extracomment>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>earlier: {0}, {1} (dashed: test)</source>
        <extracomment>Shown by gui/plot_legend.py.</extracomment>
        <translation>之前：{0}，{1}（虚线：测试集）</translation>
    </message>
    <message>
        <source>earlier: {0} (dashed: test)</source>
        <extracomment>Shown by gui/plot_legend.py.</extracomment>
        <translation>之前：{0}（虚线：测试集）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>单步详解</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Cannot open model</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>请先训练一个模型。</translation>
    </message>
</context>
<context>
    <name>NoDataPage</name>
    <message>
        <source>No dataset yet</source>
        <translation>还没有数据集</translation>
    </message>
    <message>
        <source>Cat Neuron learns from the article&apos;s Cat vs Non-Cat images: a folder with &lt;tt&gt;train_catvnoncat.h5&lt;/tt&gt; and &lt;tt&gt;test_catvnoncat.h5&lt;/tt&gt; — or your own pictures in &lt;tt&gt;cat&lt;/tt&gt; and &lt;tt&gt;non-cat&lt;/tt&gt; folders. Download the article&apos;s files or open a folder to start. Meanwhile you can drop pictures on the right: the bundled model judges them.</source>
        <translation>猫神经元从文章的猫与非猫图片中学习：一个包含 &lt;tt&gt;train_catvnoncat.h5&lt;/tt&gt; 和 &lt;tt&gt;test_catvnoncat.h5&lt;/tt&gt; 的文件夹——或者放在 &lt;tt&gt;cat&lt;/tt&gt; 和 &lt;tt&gt;non-cat&lt;/tt&gt; 文件夹里的你自己的图片。下载文章的文件，或打开一个文件夹，就可以开始。在此之前，也可以把图片拖到右侧：随附的模型会判断它们。</translation>
    </message>
    <message>
        <source>Open data folder…</source>
        <translation>打开数据文件夹…</translation>
    </message>
    <message>
        <source>Download dataset</source>
        <translation>下载数据集</translation>
    </message>
    <message>
        <source>Download dataset ({0} MB)</source>
        <translation>下载数据集（{0} MB）</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Put this notice away</source>
        <translation>收起这条提示</translation>
    </message>
    <message>
        <source>Training stopped: {0}. Each step overshot further than the one before.</source>
        <translation>训练已停止：{0}。每一步都比上一步冲得更远。</translation>
    </message>
    <message>
        <source>α is too large.</source>
        <translation>α 太大了。</translation>
    </message>
    <message>
        <source>Halve α and train again</source>
        <translation>α 减半，重新训练</translation>
    </message>
    <message>
        <source>By epoch {0} the training loss grew to {1}, {2} times its lowest ({3} at epoch {4}): each step overshoots further than the last.</source>
        <translation>到第 {0} 轮，训练集损失增大到 {1}，是最低值（第 {4} 轮的 {3}）的 {2} 倍：每一步都比上一步冲得更远。</translation>
    </message>
    <message numerus="yes">
        <source>Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, by up to {2}, though it still falls overall: each step jumps across the valley&apos;s floor. A smaller α would zigzag less.</source>
        <translation>
            <numerusform>在第 {0} 轮到第 {1} 轮之间，训练集损失在 {3} 轮中上升了 %n 次，最多上升 {2}，不过总体仍在下降：每一步都跨过了谷底。α 小一些，锯齿就会少一些。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, by up to {2}, and it no longer falls: each step jumps across the valley&apos;s floor. A smaller α would let it settle.</source>
        <translation>
            <numerusform>在第 {0} 轮到第 {1} 轮之间，训练集损失在 {3} 轮中上升了 %n 次，最多上升 {2}，而且不再下降：每一步都跨过了谷底。α 小一些，它就能稳定下来。</numerusform>
        </translation>
    </message>
    <message>
        <source>The step overshoots.</source>
        <translation>步子迈过头了。</translation>
    </message>
    <message>
        <source>The test loss was lowest at epoch {0} ({1}) and has risen since, to {2} at epoch {3}, while the training loss kept falling: the neuron is learning its training pictures, not cats. The epoch is marked on the plot.</source>
        <translation>测试集损失在第 {0} 轮最低（{1}），此后一直上升，到第 {3} 轮为 {2}，而训练集损失仍在下降：神经元在记住它的训练图片，而不是学会认猫。这一轮已在图上标出。</translation>
    </message>
    <message>
        <source>Go to epoch {0}</source>
        <translation>转到第 {0} 轮</translation>
    </message>
    <message>
        <source>Overfitting.</source>
        <translation>过拟合。</translation>
    </message>
    <message>
        <source>The training loss has moved less than {0}% in {1} epochs (since epoch {2}), with {3}% of the training pictures right: a larger α would move faster, or the neuron has learned what it can.</source>
        <translation>训练集损失在 {1} 轮内（自第 {2} 轮起）变化不到 {0}%，训练图片答对了 {3}%：α 大一些会走得更快，或者神经元已经学到了它能学的。</translation>
    </message>
    <message>
        <source>Plateau.</source>
        <translation>进入平台期。</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Cannot export</source>
        <extracomment>Shown by gui/plot_export.py.</extracomment>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <extracomment>Shown by gui/plot_export.py.</extracomment>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <extracomment>Shown by gui/plot_export.py.</extracomment>
        <translation>{path}：{reason}</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>{0}, smoothed</source>
        <extracomment>Shown by gui/run_curves.py.</extracomment>
        <translation>{0}（平滑后）</translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>Run stopped before its first epoch: no change</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练在第一轮之前就停止了：没有任何改变</translation>
    </message>
    <message>
        <source>Paused — press Space or Resume to carry on</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>已暂停——按空格键或“继续”接着训练</translation>
    </message>
    <message>
        <source>Run finished in {0}</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练完成，用时 {0}</translation>
    </message>
    <message>
        <source>Run stopped after {0}</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练在 {0} 后停止</translation>
    </message>
    <message>
        <source>Training failed</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练失败：{0}</translation>
    </message>
</context>
<context>
    <name>SmoothingControl</name>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Averages each curve over the last epochs (TensorBoard&apos;s smoothing): 0 draws every epoch as it is, 0.99 about the last hundred. The raw curve stays faint behind the smoothed one.</source>
        <translation>对每条曲线取最近若干轮的平均（与 TensorBoard 的平滑相同）：0 按原样画出每一轮，0.99 约取最近一百轮。原始曲线淡淡地留在平滑曲线后面。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Canceled; nothing was changed</source>
        <translation>已取消；没有任何改动</translation>
    </message>
    <message>
        <source>Downloaded and verified into {folder}</source>
        <translation>已下载并校验，保存在 {folder}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No dataset loaded</source>
        <translation>未载入数据集</translation>
    </message>
    <message>
        <source>Dataset: {source} — {summary}</source>
        <translation>数据集：{source} — {summary}</translation>
    </message>
    <message numerus="yes">
        <source>{train} training and %n test picture(s), {width}×{height}, {cats} cats in training</source>
        <translation>
            <numerusform>训练集 {train} 张、测试集 %n 张图片，{width}×{height}，训练集中有 {cats} 张猫</numerusform>
        </translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>模型：{name}</translation>
    </message>
    <message>
        <source>Model: {name}, {train} train / {test} test</source>
        <translation>模型：{name}，训练集 {train} / 测试集 {test}</translation>
    </message>
    <message>
        <source>Downloading the dataset…</source>
        <translation>正在下载数据集…</translation>
    </message>
    <message>
        <source>Opening the dataset…</source>
        <translation>正在打开数据集…</translation>
    </message>
    <message>
        <source>%v of %m bytes</source>
        <translation>%v / %m 字节</translation>
    </message>
    <message>
        <source>%v of %m pictures</source>
        <translation>%v / %m 张图片</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: {files}; and {more} more</source>
        <translation>
            <numerusform>跳过了 %n 个文件：{files}；还有 {more} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: {files}</source>
        <translation>
            <numerusform>跳过了 %n 个文件：{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>default model</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>model file</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>new model</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>新模型</translation>
    </message>
    <message>
        <source>new model (stopped at epoch {epoch})</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>新模型（停在第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>training…</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>untrained</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>未训练</translation>
    </message>
    <message>
        <source>{file} (epoch {epoch})</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>{file}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>{model}, showing epoch {epoch}</source>
        <extracomment>Shown by gui/status_bar.py.</extracomment>
        <translation>{model}，显示第 {epoch} 轮</translation>
    </message>
</context>
<context>
    <name>StepInspector</name>
    <message>
        <source>&lt;b&gt;X&lt;/b&gt; holds the {0} training pictures, one per row: {0} × {1} numbers, each a pixel value ÷ 255 (X&lt;sub&gt;0&lt;/sub&gt; begins {2} …).&lt;br&gt;&lt;b&gt;y&lt;/b&gt; holds their labels: {3} cats (1) and {4} non-cats (0).</source>
        <translation>&lt;b&gt;X&lt;/b&gt; 存放 {0} 张训练图片，每行一张：共 {0} × {1} 个数，每个数是像素值 ÷ 255（X&lt;sub&gt;0&lt;/sub&gt; 开头是 {2} …）。&lt;br&gt;&lt;b&gt;y&lt;/b&gt; 存放它们的标签：{3} 张猫 (1) 和 {4} 张非猫 (0)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;w&lt;/b&gt;: {0} × 1 weights, one per pixel and colour; ‖w‖ = {1}, the largest |w| = {2}.&lt;br&gt;&lt;b&gt;b&lt;/b&gt; = {3}.&lt;br&gt;Below, w summed over the three colours: red pushes toward cat, blue away (colour scale ±{4}).</source>
        <translation>&lt;b&gt;w&lt;/b&gt;：{0} × 1 个权重，每个像素的每种颜色各一个；‖w‖ = {1}，最大的 |w| = {2}。&lt;br&gt;&lt;b&gt;b&lt;/b&gt; = {3}。&lt;br&gt;下图是 w 在三种颜色上的和：红色推向猫，蓝色推离猫（色标 ±{4}）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;z = Xw + b&lt;/b&gt;: one number per picture, {0} of them.&lt;br&gt;{1} …&lt;br&gt;Below, how many cats (red) and non-cats (blue) got each z: right of 0 the neuron says cat.</source>
        <translation>&lt;b&gt;z = Xw + b&lt;/b&gt;：每张图片一个数，共 {0} 个。&lt;br&gt;{1} …&lt;br&gt;下图是得到各个 z 值的猫（红）和非猫（蓝）的张数：在 0 的右边，神经元判为猫。</translation>
    </message>
    <message>
        <source>&lt;b&gt;a = σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;)&lt;/b&gt;: p(cat) of each picture.&lt;br&gt;{0} …&lt;br&gt;The neuron says cat for {1} of the {2} pictures (a &amp;gt; 0.5); {3} answers are right.</source>
        <translation>&lt;b&gt;a = σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;)&lt;/b&gt;：每张图片的 p(猫)。&lt;br&gt;{0} …&lt;br&gt;在 {2} 张图片中，神经元把 {1} 张判为猫（a &amp;gt; 0.5）；答对了 {3} 张。</translation>
    </message>
    <message>
        <source>&lt;b&gt;L = −(1/m) Σ [y·log a + (1 − y)·log(1 − a)]&lt;/b&gt; = &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;The mean cross-entropy over the {1} pictures: the train loss of the curves at this epoch.</source>
        <translation>&lt;b&gt;L = −(1/m) Σ [y·log a + (1 − y)·log(1 − a)]&lt;/b&gt; = &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} 张图片的平均交叉熵：也就是曲线上这一轮的训练集损失。</translation>
    </message>
    <message>
        <source>&lt;b&gt;dz = a − y&lt;/b&gt;: how far each answer is from its label.&lt;br&gt;{0} …&lt;br&gt;&lt;b&gt;dw = Xᵀdz / m&lt;/b&gt;: {1} numbers, the largest |dw| = {2}; below, summed over the colours on the weights&apos; colour scale (±{3}).&lt;br&gt;&lt;b&gt;db = mean(dz)&lt;/b&gt; = {4}</source>
        <translation>&lt;b&gt;dz = a − y&lt;/b&gt;：每个答案离它的标签有多远。&lt;br&gt;{0} …&lt;br&gt;&lt;b&gt;dw = Xᵀdz / m&lt;/b&gt;：{1} 个数，最大的 |dw| = {2}；下图是它在三种颜色上的和，用权重的色标（±{3}）。&lt;br&gt;&lt;b&gt;db = mean(dz)&lt;/b&gt; = {4}</translation>
    </message>
    <message>
        <source>&lt;b&gt;w ← w − α·dw&lt;/b&gt; and &lt;b&gt;b ← b − α·db&lt;/b&gt;, with α = {0}.&lt;br&gt;‖α·dw‖ = &lt;b&gt;{1}&lt;/b&gt; next to ‖w‖ = &lt;b&gt;{2}&lt;/b&gt;: the step moves w by {3} %.&lt;br&gt;b: {4} → {5}</source>
        <translation>&lt;b&gt;w ← w − α·dw&lt;/b&gt;，&lt;b&gt;b ← b − α·db&lt;/b&gt;，其中 α = {0}。&lt;br&gt;‖α·dw‖ = &lt;b&gt;{1}&lt;/b&gt;，而 ‖w‖ = &lt;b&gt;{2}&lt;/b&gt;：这一步让 w 变化了 {3} %。&lt;br&gt;b：{4} → {5}</translation>
    </message>
    <message>
        <source>the loss of epoch {0}</source>
        <translation>第 {0} 轮的损失</translation>
    </message>
    <message>
        <source>the loss one epoch later</source>
        <translation>一轮之后的损失</translation>
    </message>
    <message>
        <source>&lt;b&gt;L&lt;/b&gt; with the new w and b = &lt;b&gt;{0}&lt;/b&gt;, {1} {2} than before: {3}.</source>
        <translation>用新的 w 和 b 算出的 &lt;b&gt;L&lt;/b&gt; = &lt;b&gt;{0}&lt;/b&gt;，比之前{2} {1}：即{3}。</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>低了</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>高了</translation>
    </message>
    <message>
        <source>Open a dataset with pictures of the model&apos;s size to see one step of gradient descent computed with its real numbers.</source>
        <translation>打开一个图片尺寸与模型相符的数据集，就能看到用真实数字算出的一步梯度下降。</translation>
    </message>
    <message>
        <source>One step of gradient descent from the model shown, on the {0} training pictures. Train or step to follow a run epoch by epoch.</source>
        <translation>从当前显示的模型出发，在 {0} 张训练图片上走一步梯度下降。训练或单步执行，可以逐轮跟随训练过程。</translation>
    </message>
    <message>
        <source>One step of gradient descent from epoch {0} to epoch {1}, on the {2} training pictures: the step the run took. Move the slider to see another.</source>
        <translation>在 {2} 张训练图片上，从第 {0} 轮到第 {1} 轮的一步梯度下降：也就是训练实际走的那一步。拖动滑块可查看其他步。</translation>
    </message>
    <message>
        <source>One step of gradient descent from epoch {0} to epoch {1}, on the {2} training pictures: the step the run would take next. Move the slider to see one it took.</source>
        <translation>在 {2} 张训练图片上，从第 {0} 轮到第 {1} 轮的一步梯度下降：也就是训练接下来要走的那一步。拖动滑块可查看它走过的步。</translation>
    </message>
    <message>
        <source>1 · The input X and the labels y</source>
        <translation>1 · 输入 X 和标签 y</translation>
    </message>
    <message>
        <source>2 · The parameters w and b</source>
        <translation>2 · 参数 w 和 b</translation>
    </message>
    <message>
        <source>3 · Forward: z = Xw + b</source>
        <translation>3 · 前向：z = Xw + b</translation>
    </message>
    <message>
        <source>4 · Activation: a = σ(z)</source>
        <translation>4 · 激活：a = σ(z)</translation>
    </message>
    <message>
        <source>5 · The loss</source>
        <translation>5 · 损失</translation>
    </message>
    <message>
        <source>6 · Backward: dz, dw, db</source>
        <translation>6 · 反向：dz、dw、db</translation>
    </message>
    <message>
        <source>7 · The update</source>
        <translation>7 · 更新</translation>
    </message>
    <message>
        <source>8 · The loss after the step</source>
        <translation>8 · 这一步之后的损失</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>图片数</translation>
    </message>
</context>
<context>
    <name>TimeNoteLabel</name>
    <message>
        <source>{0} left</source>
        <translation>还剩 {0}</translation>
    </message>
    <message>
        <source>done in {0}</source>
        <translation>完成，用时 {0}</translation>
    </message>
    <message>
        <source>stopped after {0}</source>
        <translation>{0} 后停止</translation>
    </message>
    <message>
        <source>stopped before its first epoch</source>
        <translation>在第一轮之前停止</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>{0} min</source>
        <extracomment>Shown by gui/time_note.py.</extracomment>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>{0} ms</source>
        <extracomment>Shown by gui/time_note.py.</extracomment>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <source>{0} s</source>
        <extracomment>Shown by gui/time_note.py.</extracomment>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>TrajectoryPlot</name>
    <message>
        <source>{0} over the run: {1} at epoch {2}</source>
        <translation>{0} 在训练中的变化：第 {2} 轮为 {1}</translation>
    </message>
    <message>
        <source>p({0})</source>
        <translation>p({0})</translation>
    </message>
    <message>
        <source>How sure the neuron was that this picture is a cat, epoch by epoch: above the 0.5 line it says cat. Click to show that epoch.</source>
        <translation>神经元每一轮有多确定这张图片是猫：在 0.5 线以上，它判为猫。点击可显示那一轮。</translation>
    </message>
    <message>
        <source>{0} over the run</source>
        <translation>{0} 在训练中的变化</translation>
    </message>
</context>
<context>
    <name>TryItColumn</name>
    <message>
        <source>Loading the bundled model…</source>
        <translation>正在加载随附的模型…</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Learned weights</source>
        <translation>学到的权重</translation>
    </message>
    <message>
        <source>Learned weights w</source>
        <translation>学到的权重 w</translation>
    </message>
    <message>
        <source>all colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>One weight per pixel and colour. In colour: grey is 0, brighter pushes toward cat. Per channel: red pushes toward cat, blue away, on the scale above.</source>
        <translation>每个像素的每种颜色各有一个权重。彩色图中：灰色为 0，越亮越推向猫。分通道图中：红色推向猫，蓝色推离猫，色标见上方。</translation>
    </message>
    <message>
        <source>Click for a larger view.</source>
        <translation>点击查看大图。</translation>
    </message>
    <message>
        <source>Click for a larger view</source>
        <translation>点击查看大图</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>打开图片(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export plot…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <source>Step one &amp;epoch</source>
        <translation>单步一轮(&amp;E)</translation>
    </message>
    <message>
        <source>Step ten epochs</source>
        <translation>单步十轮</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于{app}(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WindowMemory</name>
    <message>
        <source>No model loaded: {0}</source>
        <extracomment>Shown by gui/window_memory.py.</extracomment>
        <translation>未载入模型：{0}</translation>
    </message>
    <message>
        <source>{0}; using the bundled model</source>
        <extracomment>Shown by gui/window_memory.py.</extracomment>
        <translation>{0}；改用随附的模型</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>About {app}</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>After the article &lt;i&gt;Neural Network From Scratch&lt;/i&gt; by Akarsh Saxena and its Cat vs Non-Cat dataset ({train} training and {test} test images, {side}×{side}).</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>根据 Akarsh Saxena 的文章《从头开始构建一个简单的神经网络》及其猫与非猫数据集（{train} 张训练图片和 {test} 张测试图片，{side}×{side}）。</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cat Neuron models (*.h5)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>猫神经元模型 (*.h5)</translation>
    </message>
    <message>
        <source>Enter (in a number field)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>回车键（在数字框中）</translation>
    </message>
    <message>
        <source>Export plot</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Keep the trained model?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>保留训练好的模型吗？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>One neuron — logistic regression — learning to tell cats from non-cats, trained by gradient descent in numpy and shown live.</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>一个神经元——也就是逻辑回归——学习区分猫和非猫：用梯度下降训练，过程实时显示。</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Open model</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Replace this file?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>替换这个文件吗？</translation>
    </message>
    <message>
        <source>Save model</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>空格键</translation>
    </message>
    <message>
        <source>The model trained in this window has not been saved. Save it before it is lost?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>在这个窗口里训练的模型还没有保存。要在它丢失之前保存吗？</translation>
    </message>
    <message>
        <source>judge the picture (or path) on the clipboard</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>判断剪贴板上的图片（或路径）</translation>
    </message>
    <message>
        <source>open / save a model</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开 / 保存模型</translation>
    </message>
    <message>
        <source>open a picture for the neuron to judge</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开一张图片让神经元判断</translation>
    </message>
    <message>
        <source>quit</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>退出</translation>
    </message>
    <message>
        <source>reset to the untrained neuron</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>重置为未训练的神经元</translation>
    </message>
    <message>
        <source>show the epoch before / after</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>显示前一轮 / 后一轮</translation>
    </message>
    <message>
        <source>step one / ten epochs, then pause</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>单步一轮 / 十轮，然后暂停</translation>
    </message>
    <message>
        <source>stop the run, keeping what it learned</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>停止训练，保留已学到的</translation>
    </message>
    <message>
        <source>take the number typed, then as Space</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>先采用输入的数字，再同空格键</translation>
    </message>
    <message>
        <source>ten epochs back / on</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>后退 / 前进十轮</translation>
    </message>
    <message>
        <source>the first epoch / the newest (live)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>第一轮 / 最新一轮（实时）</translation>
    </message>
    <message>
        <source>train, or pause / resume the run</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>训练，或暂停 / 继续训练</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>{app} {version}</translation>
    </message>
</context>
</TS>
